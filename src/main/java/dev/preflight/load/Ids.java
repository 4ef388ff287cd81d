package dev.preflight.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Every section and item id in the checklist: one namespace, each id once. */
final class Ids {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /** Where an id was declared; {@code items} are the ids of all items under a section. */
  record Declared(String id, boolean section, Mark mark, List<String> sections,
      List<String> items) {}

  private final Map<String, Declared> byId = new LinkedHashMap<>();
  private final Problems problems;

  Ids(Problems problems) {
    this.problems = problems;
  }

  /** Reports a malformed id; true when {@code id} can be used. */
  boolean valid(String id, Node at, String path) {
    if (ID.matcher(id).matches()) {
      return true;
    }
    String slug = Suggestions.slug(id);
    problems.add(at.mark(), path, "id '" + id + "' has characters ids cannot contain",
        slug.isEmpty()
            ? "use lower-case letters a-z, digits, '.', '_' and '-'"
            : "ids use a-z, 0-9, '.', '_' and '-', e.g. " + slug);
    return false;
  }

  /** Records {@code declared}, or reports it when its id is taken. */
  void declare(Declared declared, String path) {
    Declared first = byId.putIfAbsent(declared.id(), declared);
    if (first != null) {
      problems.add(declared.mark(), path,
          "duplicate id '" + declared.id() + "', first used at line " + first.mark().line(),
          "ids must be unique across all sections and items");
    }
  }

  Declared get(String id) {
    return byId.get(id);
  }

  java.util.Set<String> all() {
    return byId.keySet();
  }
}
