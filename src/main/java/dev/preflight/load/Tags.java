package dev.preflight.load;

import java.util.LinkedHashSet;
import java.util.Set;

/** Reads {@code tags:}, a list of words (one word alone is fine) that {@code --tag} selects by. */
final class Tags {
  private Tags() {}

  static Set<String> of(Fields f, Context cx) {
    Set<String> tags = new LinkedHashSet<>();
    for (Fields.Listed s : f.scalars("tags")) {
      String tag = s.text().strip();
      if (tag.isEmpty() || tag.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
        cx.report(s.scalar(), s.path(), "tag '" + s.text() + "' must be one word",
            "write a list: tags: [day-of, db]");
        continue;
      }
      tags.add(tag);
    }
    return tags;
  }
}
