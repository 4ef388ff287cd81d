package dev.preflight.run;

import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which items a run starts and why the others do not.
 *
 * @param items every item in checklist order
 * @param notRun items that will not run, with the reason shown in the report
 */
public record Plan(List<Item> items, Map<String, String> notRun) {

  /**
   * Applies {@code skip:} and the filters. {@code only} and {@code skip} name items, sections
   * (everything below them) or tags; {@code tags} keeps items carrying any of them. Items that a
   * selected item needs are selected too, so {@code --only deploy} still runs what deploy needs.
   */
  public static Plan of(Checklist checklist, Set<String> only, Set<String> skip, Set<String> tags) {
    List<Item> items = checklist.items();
    Map<String, Item> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    Set<String> selected = new HashSet<>();
    for (Item item : items) {
      boolean wanted = (only.isEmpty() || matches(item, only))
          && (tags.isEmpty() || item.tags().stream().anyMatch(tags::contains));
      if (wanted) {
        selected.add(item.id());
      }
    }
    Deque<String> todo = new ArrayDeque<>(selected);
    while (!todo.isEmpty()) {
      for (String need : byId.get(todo.pop()).needs()) {
        if (selected.add(need)) {
          todo.push(need);
        }
      }
    }
    Map<String, String> notRun = new LinkedHashMap<>();
    for (Item item : items) {
      if (item.skip() != null) {
        notRun.put(item.id(), item.skip());
      } else if (matches(item, skip)) {
        notRun.put(item.id(), "skipped by --skip");
      } else if (!selected.contains(item.id())) {
        notRun.put(item.id(), only.isEmpty() ? "not tagged " + String.join(", ", tags)
            : "not selected by --only");
      }
    }
    return new Plan(items, notRun);
  }

  /** Whether an item is named by id, by one of its sections' ids, or by one of its tags. */
  static boolean matches(Item item, Set<String> names) {
    return names.contains(item.id())
        || item.section().stream().anyMatch(names::contains)
        || item.tags().stream().anyMatch(names::contains);
  }

  /** Names given to a filter that match no item id, section id or tag: a typo, most likely. */
  public static Set<String> unknownNames(Checklist checklist, Set<String> names) {
    Set<String> unknown = new java.util.TreeSet<>(names);
    for (Item item : checklist.items()) {
      unknown.remove(item.id());
      item.section().forEach(unknown::remove);
      item.tags().forEach(unknown::remove);
    }
    return unknown;
  }

  /** The items that will run. */
  public List<Item> runnable() {
    return items.stream().filter(i -> !notRun.containsKey(i.id())).toList();
  }
}
