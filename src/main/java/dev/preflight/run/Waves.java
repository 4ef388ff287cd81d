package dev.preflight.run;

import dev.preflight.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as waves: wave 1 is what can start at once, wave N what waits on wave N-1. With
 * enough jobs, the waves are how the scheduler proceeds; the longest chain is the critical path.
 */
public final class Waves {
  private Waves() {}

  /** Runnable items grouped by wave, each wave in checklist order. */
  public static List<List<Item>> of(Plan plan) {
    Map<String, Integer> wave = new HashMap<>();
    Map<String, Item> byId = new HashMap<>();
    plan.runnable().forEach(i -> byId.put(i.id(), i));
    List<List<Item>> waves = new ArrayList<>();
    for (Item item : plan.runnable()) {
      int w = waveOf(item, byId, wave);
      while (waves.size() < w) {
        waves.add(new ArrayList<>());
      }
      waves.get(w - 1).add(item);
    }
    return waves;
  }

  private static int waveOf(Item item, Map<String, Item> byId, Map<String, Integer> wave) {
    Integer known = wave.get(item.id());
    if (known != null) {
      return known;
    }
    int w = 1;
    for (String need : item.needs()) {
      Item needed = byId.get(need);
      if (needed != null) { // a need that does not run leaves this item blocked, not waiting
        w = Math.max(w, waveOf(needed, byId, wave) + 1);
      }
    }
    wave.put(item.id(), w);
    return w;
  }
}
