package dev.preflight.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dependency cycles among items and reports each once, as {@code a → b → a}, at the
 * {@code needs} entry that closes it. Iterative, so a long chain of items cannot overflow the
 * stack.
 */
final class Cycles {
  private final Map<String, Map<String, Ref>> edges;
  private final Problems problems;
  private final Set<String> reported = new HashSet<>();

  Cycles(Map<String, Map<String, Ref>> edges, Problems problems) {
    this.edges = edges;
    this.problems = problems;
  }

  void report() {
    Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
    for (String start : edges.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<Iterator<String>> next = new ArrayDeque<>();
      path.push(start);
      next.push(edges.get(start).keySet().iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        Iterator<String> it = next.peek();
        if (!it.hasNext()) {
          state.put(path.pop(), 2);
          next.pop();
          continue;
        }
        String to = it.next();
        Integer s = state.get(to);
        if (s == null && edges.containsKey(to)) {
          state.put(to, 1);
          path.push(to);
          next.push(edges.get(to).keySet().iterator());
        } else if (s != null && s == 1) {
          cycle(path, to);
        }
      }
    }
  }

  private void cycle(Deque<String> stack, String back) {
    List<String> cycle = new ArrayList<>();
    for (Iterator<String> it = stack.descendingIterator(); it.hasNext(); ) {
      String id = it.next();
      if (id.equals(back) || !cycle.isEmpty()) {
        cycle.add(id);
      }
    }
    // Rotate so the same cycle found from another start is recognised and told the same way.
    int min = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
    List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
    rotated.addAll(cycle.subList(0, min));
    if (!reported.add(String.join(" ", rotated))) {
      return;
    }
    String last = cycle.get(cycle.size() - 1);
    Ref closing = edges.get(last).get(back);
    rotated.add(rotated.get(0));
    closing.file().add(closing.mark(), closing.path(),
        "dependency cycle: " + String.join(" → ", rotated),
        "remove one of these needs");
  }
}
