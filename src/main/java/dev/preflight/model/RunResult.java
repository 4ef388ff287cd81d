package dev.preflight.model;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A finished (or interrupted) run: every item of the checklist once, in checklist order. */
public record RunResult(
    Checklist checklist, Instant startedAt, Duration duration, List<ItemResult> items,
    Verdict verdict) {

  public RunResult {
    items = List.copyOf(items);
  }

  /** How many items ended in each status, every status present. */
  public Map<Status, Integer> counts() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (ItemResult r : items) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    return counts;
  }
}
