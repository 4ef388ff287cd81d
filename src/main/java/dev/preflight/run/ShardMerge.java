package dev.preflight.run;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Shard;
import dev.preflight.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Folds the reports of a sharded run back into the one run they are parts of (SPEC §13): every
 * item once, the result of the shard that ran it (a run result beats "runs in shard K of N"),
 * the worst of the shards' judgements for manual items, and one verdict from {@link GatePolicy}.
 *
 * <p>Refused, with the reason: reports of different checklist versions, a missing or repeated
 * shard, and shards that disagree on who runs what (an item run twice or nowhere), which happens
 * when the machines saw different filters or different last-run durations.
 */
public final class ShardMerge {
  private ShardMerge() {}

  /**
   * One report to merge.
   *
   * @param source how to name it in messages, e.g. its file name
   */
  public record Part(String source, RunResult run) {
    String fingerprint() {
      return run.checklist().fingerprint();
    }
  }

  /** The merged run, or why there is none. */
  public record Outcome(RunResult run, String problem) {}

  public static Outcome merge(List<Part> parts) {
    if (parts.isEmpty()) {
      return refused("no reports to merge");
    }
    Part first = parts.get(0);
    for (Part p : parts) {
      if (!Objects.equals(p.fingerprint(), first.fingerprint())) {
        return refused(p.source() + " and " + first.source() + " come from different versions"
            + " of the checklist; rerun every shard from the same commit and options");
      }
    }
    List<Part> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(p -> shardOf(p).index()));
    String gap = gaps(sorted);
    if (gap != null) {
      return refused(gap);
    }
    List<ItemResult> merged = new ArrayList<>();
    int items = first.run().items().size();
    for (int i = 0; i < items; i++) {
      List<ItemResult> candidates = new ArrayList<>();
      for (Part p : sorted) {
        if (p.run().items().size() != items
            || !p.run().items().get(i).item().id().equals(first.run().items().get(i).item().id())) {
          return refused(p.source() + " lists other items than " + first.source());
        }
        candidates.add(p.run().items().get(i));
      }
      ItemResult pick = pick(candidates);
      if (pick == null) {
        String id = candidates.get(0).item().id();
        return refused("the shards disagree on where '" + id + "' runs (it ran in "
            + ranIn(candidates) + "); they were planned from different filters or last-run"
            + " durations: give every shard the same options and .preflight/last-run.json");
      }
      merged.add(pick);
    }
    boolean interrupted = parts.stream()
        .anyMatch(p -> p.run().verdict().word().equals("interrupted"));
    Instant start = parts.stream().map(p -> p.run().startedAt()).min(Instant::compareTo)
        .orElseThrow();
    Instant end = parts.stream().map(p -> p.run().startedAt().plus(p.run().duration()))
        .max(Instant::compareTo).orElseThrow();
    RunResult run = new RunResult(first.run().checklist(), start, Duration.between(start, end),
        merged, GatePolicy.decide(merged, interrupted), first.run().environment(), null);
    return new Outcome(run, null);
  }

  private static Shard shardOf(Part p) {
    return p.run().shard() == null ? new Shard(1, 1) : p.run().shard();
  }

  /** What is missing or repeated among the shards, or null when they are 1..N once each. */
  private static String gaps(List<Part> sorted) {
    int count = shardOf(sorted.get(0)).count();
    for (Part p : sorted) {
      if (shardOf(p).count() != count) {
        return p.source() + " is shard " + shardOf(p).label() + " but "
            + sorted.get(0).source() + " is shard " + shardOf(sorted.get(0)).label()
            + "; merge the shards of one run";
      }
    }
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (int index = 1; index <= count; index++) {
      int copies = 0;
      while (at < sorted.size() && shardOf(sorted.get(at)).index() == index) {
        copies++;
        at++;
      }
      if (copies > 1) {
        return "shard " + index + "/" + count + " is given more than once";
      }
      if (copies == 0) {
        missing.add(index + "/" + count);
      }
    }
    return missing.isEmpty() ? null : "missing the report of shard " + String.join(", ", missing)
        + "; an incomplete merge would pass items that never ran";
  }

  /**
   * The result that stands for the item: the one run where the item ran; for manual items
   * judged in every shard, the worst; null when the shards disagree on where it runs.
   */
  private static ItemResult pick(List<ItemResult> candidates) {
    List<ItemResult> own = candidates.stream()
        .filter(r -> Shards.pointsTo(r.reasons()) == 0 || r.status() != Status.SKIPPED).toList();
    if (!own.isEmpty() && candidates.get(0).item().check() instanceof Check.Manual) {
      return own.stream().min(Comparator.comparing(ItemResult::status)).orElseThrow();
    }
    List<ItemResult> ran = own.stream().filter(r -> r.status() != Status.SKIPPED).toList();
    if (ran.size() > 1 || own.isEmpty()) {
      return null;
    }
    return ran.isEmpty() ? own.get(0) : ran.get(0);
  }

  private static String ranIn(List<ItemResult> candidates) {
    List<String> shards = new ArrayList<>();
    for (int s = 0; s < candidates.size(); s++) {
      if (Shards.pointsTo(candidates.get(s).reasons()) == 0) {
        shards.add("shard " + (s + 1));
      }
    }
    return shards.isEmpty() ? "none" : String.join(" and ", shards);
  }

  private static Outcome refused(String problem) {
    return new Outcome(null, problem);
  }
}
