package dev.preflight.model;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished (or interrupted) run: every item of the checklist once, in checklist order.
 *
 * @param environment the tool version, git commit and host the run happened on
 * @param shard the part of the checklist this run covered ({@code --shard}), null for all of it
 */
public record RunResult(
    Checklist checklist, Instant startedAt, Duration duration, List<ItemResult> items,
    Verdict verdict, RunEnvironment environment, Shard shard) {

  public RunResult {
    items = List.copyOf(items);
    Objects.requireNonNull(environment, "environment");
  }

  /** A run of the whole checklist. */
  public RunResult(Checklist checklist, Instant startedAt, Duration duration,
      List<ItemResult> items, Verdict verdict, RunEnvironment environment) {
    this(checklist, startedAt, duration, items, verdict, environment, null);
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
