package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.signoff.Entry;
import dev.preflight.signoff.Ledger;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.SignoffRecord;
import dev.preflight.signoff.Standing;
import dev.preflight.signoff.WaiverRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code preflight signoffs}: every sign-off and waiver in the records file with where it stands
 * today (valid, expiring within 7 days, waiting for another signer, expired, stale…), grouped by
 * item in checklist order; then the manual items that still wait for a sign-off.
 */
public final class RecordsListing {
  private static final int STATE_WIDTH = "other release".length();

  private RecordsListing() {}

  /** @param file the records file as the user would name it */
  public static String render(Checklist checklist, Ledger ledger, String file) {
    Records records = ledger.records();
    StringBuilder out = new StringBuilder();
    out.append(file).append(": ").append(count(records.signoffs().size(), "sign-off"))
        .append(", ").append(count(records.waivers().size(), "waiver"))
        .append(" · at ").append(Ledger.readable(ledger.now())).append('\n');
    Map<String, Item> items = new LinkedHashMap<>();
    checklist.items().forEach(i -> items.put(i.id(), i));
    int byWidth = 0;
    Set<String> mentioned = new LinkedHashSet<>();
    for (Entry e : all(records)) {
      byWidth = Math.max(byWidth, Cells.width(line(e.by())));
      mentioned.add(e.item());
    }
    List<String> unsigned = new ArrayList<>();
    for (Item item : items.values()) {
      List<Standing> standings = new ArrayList<>(ledger.signoffs(item));
      standings.addAll(ledger.waivers(item));
      if (!standings.isEmpty()) {
        out.append('\n').append(item.id()).append("  ").append(line(item.title())).append('\n');
        for (Standing s : standings) {
          row(s.state().label(), s, byWidth, out);
        }
      }
      boolean manual = item.check() instanceof Check.Manual;
      boolean enough = standings.stream().anyMatch(s -> s.state().counts())
          && standings.stream().noneMatch(s -> s.state() == Standing.State.WAITING);
      if (manual && item.skip() == null && !enough) {
        unsigned.add(item.id());
      }
    }
    mentioned.removeAll(items.keySet());
    for (String gone : mentioned) {
      out.append('\n').append(line(gone)).append("  (no such item in the checklist)\n");
      for (Entry e : all(records)) {
        if (e.item().equals(gone)) {
          row("no such item", new Standing(e, Standing.State.NO_ITEM, ""), byWidth, out);
        }
      }
    }
    if (!unsigned.isEmpty()) {
      out.append('\n').append(count(unsigned.size(), "manual item"))
          .append(unsigned.size() == 1 ? " waits" : " wait").append(" for a sign-off: ")
          .append(String.join(", ", unsigned)).append('\n');
    }
    return out.toString();
  }

  private static void row(String state, Standing s, int byWidth, StringBuilder out) {
    Entry e = s.entry();
    StringBuilder row = new StringBuilder("  ").append(Cells.padRight(state, STATE_WIDTH))
        .append("  ").append(Cells.padRight(line(e.by()), byWidth)).append("  ")
        .append(Ledger.readable(e.at()));
    List<String> details = new ArrayList<>();
    if (e instanceof WaiverRecord w) {
      details.add("waiver until " + Ledger.readableUntil(w.until()) + ": " + line(w.reason()));
      if (!s.state().counts()) {
        details.add(s.detail());
      }
    } else {
      SignoffRecord r = (SignoffRecord) e;
      details.add(s.detail());
      if (r.note() != null) {
        details.add("note: " + line(r.note()));
      }
      if (r.evidence() != null) {
        details.add("evidence: " + line(r.evidence()));
      }
      if (r.release() != null) {
        details.add("release " + line(r.release()));
      }
    }
    details.removeIf(String::isEmpty);
    if (!details.isEmpty()) {
      row.append("  ").append(String.join("  ", details));
    }
    out.append(row.toString().stripTrailing()).append('\n');
  }

  private static List<Entry> all(Records records) {
    List<Entry> all = new ArrayList<>(records.signoffs());
    all.addAll(records.waivers());
    return all;
  }

  private static String line(String text) {
    return Escapes.cleanLine(text == null ? "" : text);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
