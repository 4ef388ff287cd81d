package dev.preflight.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code needs:} into item ids. A section id stands for every item under it; needs
 * declared on a section apply to every item below it, except that an item never needs itself.
 * Unknown ids and dependency cycles are reported.
 */
final class Needs {
  private final Ids ids;
  private final Problems problems;

  Needs(Ids ids, Problems problems) {
    this.ids = ids;
    this.problems = problems;
  }

  /** The ids a {@code needs:} list names, located. */
  static List<Ref> refs(Fields f, Context cx) {
    List<Ref> refs = new ArrayList<>();
    for (Fields.Listed s : f.scalars("needs")) {
      refs.add(new Ref(s.text(), s.scalar().mark(), s.path(), false, cx.problems()));
    }
    return refs;
  }

  /** Item id → the item ids it needs, in the order written. */
  Map<String, List<String>> resolve(List<Draft> drafts) {
    Map<String, Map<String, Ref>> edges = new LinkedHashMap<>();
    for (Draft d : drafts) {
      Map<String, Ref> targets = new LinkedHashMap<>();
      for (Ref ref : d.needs()) {
        for (String target : expand(d, ref)) {
          targets.putIfAbsent(target, ref);
        }
      }
      edges.put(d.item().id(), targets);
    }
    new Cycles(edges, problems).report();
    Map<String, List<String>> out = new HashMap<>();
    edges.forEach((id, targets) -> out.put(id, List.copyOf(targets.keySet())));
    return out;
  }

  private Set<String> expand(Draft d, Ref ref) {
    String self = d.item().id();
    Ids.Declared target = ids.get(ref.id());
    if (target == null) {
      ref.file().add(ref.mark(), ref.path(), "unknown id '" + ref.id() + "' in needs",
          Suggestions.didYouMean(ref.id(), ids.all(), "needs lists item or section ids"));
      return Set.of();
    }
    if (!target.section()) {
      if (target.id().equals(self) && !ref.inherited()) {
        ref.file().add(ref.mark(), ref.path(), "item '" + self + "' needs itself", null);
      }
      return target.id().equals(self) ? Set.of() : Set.of(target.id());
    }
    if (d.item().section().contains(target.id())) {
      ref.file().add(ref.mark(), ref.path(),
          "'" + target.id() + "' contains " + (ref.inherited() ? "the section" : "this item")
              + "; nothing can need its own section", null);
      return Set.of();
    }
    Set<String> items = new LinkedHashSet<>(target.items());
    items.remove(self);
    return items;
  }
}
