package dev.preflight.report;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's results laid over its checklist's sections, for the formats that show the section
 * tree (junit, markdown, html, github). Results are found by item id, so the tree is in
 * checklist order whatever order items ran in; an item without a result is left out.
 */
final class ResultTree {
  private final Map<String, ItemResult> byId = new HashMap<>();

  ResultTree(RunResult run) {
    for (ItemResult r : run.items()) {
      byId.put(r.item().id(), r);
    }
  }

  /** The results of a section's own items, not of its sub-sections. */
  List<ItemResult> direct(Section section) {
    return results(section.items());
  }

  /** The results of every item below a section, in checklist order. */
  List<ItemResult> all(Section section) {
    return results(section.allItems());
  }

  /** The worst status below a section (SPEC §6), or null when nothing below it has a result. */
  Status rollUp(Section section) {
    Status worst = null;
    for (ItemResult r : all(section)) {
      worst = worst == null ? r.status() : worst.worse(r.status());
    }
    return worst;
  }

  /** How many items below a section ended in each status, every status present. */
  Map<Status, Integer> counts(Section section) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (ItemResult r : all(section)) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Whether nothing below a section ran: every item was skipped (filtered out, say). Reports
   * fold such a section into one line rather than a wall of skips.
   */
  boolean allSkipped(Section section) {
    return rollUp(section) == Status.SKIPPED;
  }

  /** {@code 5 items skipped}, and their reason when they share one: a folded section's line. */
  String skippedLine(Section section) {
    List<ItemResult> skipped = all(section);
    Set<String> reasons = new LinkedHashSet<>();
    for (ItemResult r : skipped) {
      String reason = r.reasons().isEmpty() ? r.item().skip() : r.reasons().get(0);
      reasons.add(ReportText.firstLine(reason));
    }
    String count = skipped.size() + (skipped.size() == 1 ? " item skipped" : " items skipped");
    String reason = reasons.size() == 1 ? reasons.iterator().next() : "";
    return reason.isEmpty() ? count : count + ": " + reason;
  }

  /** The summed run time of the items below a section (items may have overlapped). */
  Duration busy(Section section) {
    Duration total = Duration.ZERO;
    for (ItemResult r : all(section)) {
      total = total.plus(r.duration() == null ? Duration.ZERO : r.duration());
    }
    return total;
  }

  /** When the first item below a section started, or null when none did. */
  Instant firstStart(Section section) {
    Instant first = null;
    for (ItemResult r : all(section)) {
      if (r.startedAt() != null && (first == null || r.startedAt().isBefore(first))) {
        first = r.startedAt();
      }
    }
    return first;
  }

  private List<ItemResult> results(List<Item> items) {
    List<ItemResult> results = new ArrayList<>();
    for (Item item : items) {
      ItemResult r = byId.get(item.id());
      if (r != null) {
        results.add(r);
      }
    }
    return results;
  }
}
