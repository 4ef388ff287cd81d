package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.LoadResult;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.model.Section;
import dev.preflight.model.Shard;
import dev.preflight.testing.TestItems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The split of SPEC §13 on real checklists: complete, disjoint, needs kept together. */
class ShardsTest {

  static Checklist seed() {
    LoadResult r = new ChecklistLoader().load(Path.of("checklists/core-module-deployment.yaml"),
        "checklists/core-module-deployment.yaml", Map.of());
    assertThat(r.diagnostics()).isEmpty();
    return r.checklist();
  }

  /** 300 items, each needing up to three earlier ones at random; some manual, some skipped. */
  static Checklist randomGraph(long seed) {
    Random random = new Random(seed);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Item item = i % 17 == 5 ? TestItems.manual("m" + i) : TestItems.command("c" + i, "true");
      List<String> needs = new ArrayList<>();
      int n = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
      for (int k = 0; k < n && i > 0; k++) {
        String need = items.get(random.nextInt(i)).id();
        if (!needs.contains(need)) {
          needs.add(need);
        }
      }
      items.add(TestItems.needs(item, needs.toArray(String[]::new)));
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      sections.add(new Section("s" + s, "Section " + s, null, items.subList(s * 50, s * 50 + 50),
          List.of()));
    }
    return new Checklist("random", null, null, Map.of(), List.of(), sections);
  }

  @Test
  void everyShardingOfTheSeedCoversEachItemOnceAndKeepsNeedsTogether() {
    Checklist seed = seed();
    for (int n = 1; n <= 5; n++) {
      assertSound(seed, Plan.of(seed, Set.of(), Set.of(), Set.of()), n, Map.of());
    }
  }

  @Test
  void everyShardingOfARandomGraphCoversEachItemOnceAndKeepsNeedsTogether() {
    for (long seed = 1; seed <= 5; seed++) {
      Checklist c = randomGraph(seed);
      Plan plan = Plan.of(c, Set.of(), Set.of(), Set.of());
      assertThat(Shards.everywhere(plan.runnable())).as("manual items that need nothing")
          .isNotEmpty().hasSizeLessThan(18);
      Map<String, Long> durations = new HashMap<>();
      Random random = new Random(seed);
      c.items().forEach(i -> durations.put(i.id(), (long) random.nextInt(5000)));
      for (int n = 1; n <= 5; n++) {
        assertSound(c, plan, n, Map.of());
        assertSound(c, plan, n, durations);
      }
    }
  }

  @Test
  void filtersApplyBeforeTheSplit() {
    Checklist seed = seed();
    Plan plan = Plan.of(seed, Set.of("code-quality"), Set.of(), Set.of());
    for (int n = 1; n <= 5; n++) {
      assertSound(seed, plan, n, Map.of());
    }
  }

  @Test
  void withoutDurationsShardsGetEqualCountsOfIndependentItems() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      items.add(TestItems.command("i" + i, "true"));
    }
    Checklist c = new Checklist("flat", null, null, Map.of(), List.of(),
        List.of(new Section("main", "Main", null, items, List.of())));
    Plan plan = Plan.of(c, Set.of(), Set.of(), Set.of());
    for (int index = 1; index <= 3; index++) {
      int ran = Shards.select(plan, new Shard(index, 3), Map.of()).runnable().size();
      assertThat(ran).isBetween(3, 4);
    }
  }

  @Test
  void durationsBalanceTheWorkNotTheCount() {
    List<Item> items = new ArrayList<>();
    Map<String, Long> durations = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      items.add(TestItems.command("i" + i, "true"));
      durations.put("i" + i, i == 0 ? 60_000L : 1_000L);
    }
    Checklist c = new Checklist("flat", null, null, Map.of(), List.of(),
        List.of(new Section("main", "Main", null, items, List.of())));
    Plan plan = Plan.of(c, Set.of(), Set.of(), Set.of());
    assertThat(Shards.select(plan, new Shard(1, 2), durations).runnable())
        .extracting(Item::id).containsExactly("i0");
    assertThat(Shards.select(plan, new Shard(2, 2), durations).runnable())
        .extracting(Item::id).containsExactly("i1", "i2", "i3", "i4", "i5");
  }

  @Test
  void theSplitIsTheSameEveryTime() {
    Checklist c = randomGraph(42);
    Plan plan = Plan.of(c, Set.of(), Set.of(), Set.of());
    Map<String, Integer> first = Shards.assign(plan, 4, Map.of());
    for (int i = 0; i < 5; i++) {
      assertThat(Shards.assign(plan, 4, Map.of())).isEqualTo(first);
    }
  }

  private static void assertSound(Checklist c, Plan plan, int n, Map<String, Long> durations) {
    Map<String, Integer> ranIn = new HashMap<>();
    Map<String, Item> byId = new HashMap<>();
    c.items().forEach(i -> byId.put(i.id(), i));
    Set<String> everywhere = Shards.everywhere(plan.runnable());
    for (int index = 1; index <= n; index++) {
      Plan shard = Shards.select(plan, new Shard(index, n), durations);
      assertThat(shard.items()).isEqualTo(plan.items());
      for (Item item : shard.runnable()) {
        if (everywhere.contains(item.id())) {
          continue;
        }
        assertThat(ranIn.put(item.id(), index)).as("%s ran twice (n=%d)", item.id(), n).isNull();
      }
      for (Item item : plan.runnable()) {
        if (everywhere.contains(item.id())) {
          assertThat(shard.runnable()).as("manual items are judged in every shard")
              .contains(item);
        }
      }
    }
    Set<String> expected = new HashSet<>();
    plan.runnable().stream().filter(i -> !everywhere.contains(i.id()))
        .forEach(i -> expected.add(i.id()));
    assertThat(ranIn.keySet()).as("n=%d", n).isEqualTo(expected);
    for (String id : ranIn.keySet()) {
      for (String need : closure(byId, id)) {
        if (ranIn.containsKey(need)) {
          assertThat(ranIn.get(need)).as("%s needs %s (n=%d)", id, need, n)
              .isEqualTo(ranIn.get(id));
        }
      }
    }
  }

  private static Set<String> closure(Map<String, Item> byId, String id) {
    Set<String> all = new HashSet<>();
    List<String> todo = new ArrayList<>(byId.get(id).needs());
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (all.add(next)) {
        todo.addAll(byId.get(next).needs());
      }
    }
    return all;
  }
}
