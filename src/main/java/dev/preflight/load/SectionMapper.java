package dev.preflight.load;

import dev.preflight.model.Item;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps {@code sections:} recursively. Items come out as {@link Draft}s in checklist order; the
 * sections are rebuilt around the finished items once their needs are resolved.
 */
final class SectionMapper {
  static final List<String> KEYS = List.of("id", "title", "description", "items",
      "sections", "tags", "severity", "needs", "include");
  private static final Map<String, String> SYNONYMS = Map.of("name", "title", "children",
      "sections", "steps", "items", "checks", "items", "depends_on", "needs");
  private static final String NOT_AN_ITEM = "a section runs nothing itself; put this in an item"
      + " under items:";
  private static final Map<String, String> NOT_YET = Map.of(
      "run", NOT_AN_ITEM, "args", NOT_AN_ITEM, "manual", NOT_AN_ITEM, "expect", NOT_AN_ITEM);

  /** A mapped section whose items still need their needs resolved. */
  record Shape(String id, String title, String description, List<Draft> items,
      List<Shape> sections) {}

  /**
   * What every file of one checklist adds to: its ids, its items in order, the secrets that
   * included files name.
   */
  record Shared(Ids ids, List<Draft> drafts, List<String> secrets) {}

  private final Context cx;
  private final Shared shared;
  private final Ids ids;
  private final ItemMapper items;
  private final List<Draft> all;

  SectionMapper(Context cx, Ids ids) {
    this(cx, new Shared(ids, new ArrayList<>(), new ArrayList<>()));
  }

  SectionMapper(Context cx, Shared shared) {
    this.cx = cx;
    this.shared = shared;
    this.ids = shared.ids();
    this.all = shared.drafts();
    this.items = new ItemMapper(cx, ids);
  }

  /** Every item mapped so far, in checklist order. */
  List<Draft> drafts() {
    return all;
  }

  /** Secrets named by included files. */
  List<String> includedSecrets() {
    return shared.secrets();
  }

  List<Shape> sections(Node node, String path, Scope scope) {
    List<Shape> out = new ArrayList<>();
    for (Lists.At at : Lists.maps(node, path, "section", cx)) {
      Shape s = section(at.map(), at.path(), scope);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private Shape section(Node.MapNode map, String path, Scope scope) {
    Fields f = cx.fields(map, path);
    f.allowOnly(KEYS, SYNONYMS, NOT_YET);
    String id = f.required("id", "add id: a-short-slug");
    boolean idOk = id != null && ids.valid(id, f.node("id"), f.path("id"));
    List<String> itemIds = new ArrayList<>();
    if (idOk) {
      ids.declare(new Ids.Declared(id, true, f.node("id").mark(), scope.sections(), itemIds),
          f.path("id"));
    }
    String title = f.required("title", "add title: what this section covers");
    String severity = f.choice("severity", List.of("blocker", "warning"));
    Scope inner = scope.enter(idOk ? id : "?",
        severity == null ? null : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
        Tags.of(f, cx), inherited(Needs.refs(f, cx)));
    int before = all.size();
    List<Draft> own = new ArrayList<>();
    if (f.has("items")) {
      for (Lists.At at : Lists.maps(f.node("items"), f.path("items"), "item", cx)) {
        Draft d = items.map(at.map(), at.path(), inner);
        if (d != null) {
          own.add(d);
          all.add(d);
        }
      }
    }
    List<Shape> children = new ArrayList<>(f.has("sections")
        ? sections(f.node("sections"), f.path("sections"), inner) : List.of());
    if (f.has("include")) {
      children.addAll(Includes.sections(f, cx, shared, inner));
    }
    all.subList(before, all.size()).forEach(d -> itemIds.add(d.item().id()));
    return idOk && title != null
        ? new Shape(id, title, f.text("description"), own, children)
        : null;
  }

  private static List<Ref> inherited(List<Ref> refs) {
    return refs.stream().map(r -> new Ref(r.id(), r.mark(), r.path(), true, r.file())).toList();
  }

  /** The model's sections, with each item replaced by its finished version. */
  static List<Section> build(List<Shape> shapes, Map<String, Item> finished) {
    List<Section> out = new ArrayList<>();
    for (Shape s : shapes) {
      List<Item> own = s.items().stream().map(d -> finished.get(d.item().id())).toList();
      out.add(new Section(s.id(), s.title(), s.description(), own, build(s.sections(),
          finished)));
    }
    return out;
  }
}
