package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;

/**
 * The non-TTY view of a run: one self-contained line per item as it finishes, for CI logs that
 * are read top to bottom, grepped, and sometimes cut off by a killed job.
 *
 * <pre>
 * [ 7/11] ✔ pass     3.2s  final-tests  最终测试运行 · Final test run
 * [ 8/11] ✘ fail     5.1s  core-coverage  覆盖率确认 · Core… — coverage = 72.4, expected > 80
 * </pre>
 *
 * Counter, symbol, status and duration sit in fixed columns so the ids line up; a
 * warning-severity item says so after its id, as its status word keeps the column. A
 * non-passing item's first reason follows on the same line, since a CI log has no room below.
 */
final class FinishedLines {
  /** Cells of the longest status word, {@code blocked}, {@code pending}, {@code skipped}. */
  private static final int STATUS = 7;
  private static final int MAX_TITLE = 40;
  /** A reason is cut to the width only while this much of it is left; a log may wrap. */
  private static final int MIN_REASON = 40;

  private final Style style;
  private final Glyphs glyphs;
  private final int width;

  FinishedLines(Style style, int width) {
    this.style = style;
    this.glyphs = style.glyphs();
    this.width = width;
  }

  String line(ItemResult r, Tally tally) {
    String symbol = glyphs.symbol(r.status());
    String status = r.status().label();
    String duration = ran(r) ? HumanDuration.format(r.duration()) : "";
    String id = clean(r.item().id());
    String title = clean(r.item().title());

    StringBuilder line = new StringBuilder();
    if (tally.total() != Tally.UNKNOWN) {
      line.append(tally.counter()).append(' ');
    }
    line.append(ItemLines.paint(style, r, symbol))
        .append(" ".repeat(glyphs.symbolWidth() - Cells.width(symbol))).append(' ')
        .append(ItemLines.paint(style, r, status))
        .append(" ".repeat(STATUS - status.length() + 1))
        .append(" ".repeat(Math.max(0, Columns.DURATION - duration.length())))
        .append(style.dim(duration))
        .append("  ").append(id);
    if (ItemLines.isWarning(r)) {
      line.append(' ').append(style.warning("(warning)"));
    }
    if (!title.isEmpty() && !title.equals(id)) {
      line.append("  ").append(style.dim(Cells.truncate(title, MAX_TITLE, glyphs.ellipsis())));
    }
    String reason = r.status() == Status.PASS ? "" : firstReason(r);
    if (!reason.isEmpty()) {
      String dash = " " + glyphs.dash() + " ";
      int room = Math.max(MIN_REASON, width - Cells.width(line.toString()) - dash.length());
      line.append(dash).append(Cells.truncate(reason, room, glyphs.ellipsis()));
    }
    return line.toString();
  }

  /** Manual and never-started items have no duration worth showing. */
  private static boolean ran(ItemResult r) {
    return r.startedAt() != null && !(r.item().check() instanceof Check.Manual);
  }

  private String firstReason(ItemResult r) {
    for (String reason : r.reasons()) {
      for (String l : reason.split("\\R")) {
        String clean = clean(l);
        if (!clean.isEmpty()) {
          return clean;
        }
      }
    }
    return clean(r.item().skip());
  }

  private String clean(String text) {
    return text == null ? "" : glyphs.fit(Escapes.cleanLine(text)).strip();
  }
}
