package dev.preflight.run;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.Shard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plan into shards for a CI matrix (SPEC §13).
 *
 * <p>The runnable automated items fall into groups that {@code needs} ties together (an item,
 * what it needs, and what else needs those): a group never straddles two shards, so nothing
 * waits on another machine. Groups are dealt out largest first, each to the shard with the least
 * work so far (ties to the lower shard), which is deterministic: every machine that sees the same
 * checklist, filters and durations computes the same split. Work is the last run's duration per
 * item when there is one, else one unit per item; an item the last run did not time counts as
 * the mean of those it did. Manual items that need no automated item (directly or through other
 * manual items) are not dealt out: every shard judges them alike from the sign-off file. A manual
 * item that needs an automated one is dealt with it, since only that shard can judge it.
 */
public final class Shards {
  private static final Pattern ELSEWHERE = Pattern.compile("runs in shard (\\d+) of (\\d+)");

  private Shards() {}

  /** The reason an item of another shard is reported as skipped: "runs in shard 3 of 4". */
  public static String elsewhere(int index, int count) {
    return "runs in shard " + index + " of " + count;
  }

  /** The shard a skip reason points to, or 0 when the reason is not {@link #elsewhere}. */
  public static int pointsTo(List<String> reasons) {
    if (reasons.size() != 1) {
      return 0;
    }
    Matcher m = ELSEWHERE.matcher(reasons.get(0));
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * The plan for one shard: items dealt to other shards are not run, with {@link #elsewhere}
   * as the reason.
   *
   * @param durations milliseconds per item id from the last run; empty to balance by count
   */
  public static Plan select(Plan plan, Shard shard, Map<String, Long> durations) {
    Map<String, Integer> owner = assign(plan, shard.count(), durations);
    Map<String, String> notRun = new LinkedHashMap<>();
    for (Item item : plan.items()) {
      String reason = plan.notRun().get(item.id());
      Integer to = owner.get(item.id());
      if (reason == null && to != null && to != shard.index()) {
        reason = elsewhere(to, shard.count());
      }
      if (reason != null) {
        notRun.put(item.id(), reason);
      }
    }
    return new Plan(plan.items(), notRun);
  }

  /** Item id → 1-based shard, for every runnable automated item of the plan. */
  static Map<String, Integer> assign(Plan plan, int count, Map<String, Long> durations) {
    Set<String> everywhere = everywhere(plan.runnable());
    List<Item> dealt = plan.runnable().stream()
        .filter(i -> !everywhere.contains(i.id())).toList();
    List<List<Item>> groups = groups(dealt);
    Map<String, Long> weight = weights(dealt, durations);
    List<long[]> order = new ArrayList<>(); // {group index, work}
    for (int g = 0; g < groups.size(); g++) {
      order.add(new long[] {g, groups.get(g).stream().mapToLong(i -> weight.get(i.id())).sum()});
    }
    // largest first; equal work keeps checklist order, so the split never depends on hashing
    order.sort(Comparator.comparingLong((long[] o) -> -o[1]).thenComparingLong(o -> o[0]));
    long[] load = new long[count];
    Map<String, Integer> owner = new HashMap<>();
    for (long[] o : order) {
      int least = 0;
      for (int s = 1; s < count; s++) {
        if (load[s] < load[least]) {
          least = s;
        }
      }
      load[least] += o[1];
      for (Item i : groups.get((int) o[0])) {
        owner.put(i.id(), least + 1);
      }
    }
    return owner;
  }

  /** Manual items whose needs, transitively, are all manual: every shard can judge them. */
  public static Set<String> everywhere(List<Item> items) {
    Map<String, Item> byId = new HashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    Map<String, Boolean> known = new HashMap<>();
    Set<String> out = new HashSet<>();
    for (Item i : items) {
      if (free(i, byId, known)) {
        out.add(i.id());
      }
    }
    return out;
  }

  private static boolean free(Item item, Map<String, Item> byId, Map<String, Boolean> known) {
    Boolean k = known.get(item.id());
    if (k != null) {
      return k;
    }
    boolean free = item.check() instanceof Check.Manual;
    known.put(item.id(), free); // needs have no cycles; this only guards the recursion
    for (String need : item.needs()) {
      Item n = byId.get(need);
      free = free && (n == null || free(n, byId, known));
    }
    known.put(item.id(), free);
    return free;
  }

  /** Connected groups of the needs graph among {@code items}, each in checklist order. */
  private static List<List<Item>> groups(List<Item> items) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < items.size(); i++) {
      for (String need : items.get(i).needs()) {
        Integer j = index.get(need);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Item>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static Map<String, Long> weights(List<Item> items, Map<String, Long> durations) {
    Map<String, Long> weight = new HashMap<>();
    List<Long> known = items.stream().map(i -> durations.get(i.id()))
        .filter(d -> d != null).toList();
    long fallback = known.isEmpty() ? 1
        : Math.max(1, known.stream().mapToLong(Long::longValue).sum() / known.size());
    for (Item i : items) {
      Long d = durations.isEmpty() ? Long.valueOf(1) : durations.get(i.id());
      weight.put(i.id(), d == null ? fallback : Math.max(1, d));
    }
    return weight;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb); // the earlier item is the root
    }
  }
}
