package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.Severity;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One item of the terminal report: the aligned result line
 * ({@code ✔ TITLE ....... pass    3.2s  passed=42}) and, for an item that did not pass, what a
 * reader needs to act on it: reasons, the tail of its output, or how to sign it off.
 */
final class ItemLines {
  private static final int TAIL_LINES = 5;
  private static final String DETAIL_INDENT = "    ";

  private final Style style;
  private final Glyphs glyphs;
  private final Columns columns;
  private final Path checklistFile;

  ItemLines(Style style, Columns columns) {
    this(style, columns, null);
  }

  /** @param checklistFile as the user named it, for the {@code preflight signoff} hint */
  ItemLines(Style style, Columns columns, Path checklistFile) {
    this.style = style;
    this.glyphs = style.glyphs();
    this.columns = columns;
    this.checklistFile = checklistFile;
  }

  /** The status word, marked when a warning-severity item did not pass (it never blocks). */
  static String statusText(ItemResult r) {
    return isWarning(r) ? r.status().label() + " (warning)" : r.status().label();
  }

  void render(ItemResult r, String indent, StringBuilder out) {
    int prefixCells = indent.length() + glyphs.symbolWidth() + 1;
    int maxTitle = Math.max(10, columns.statusColumn() - prefixCells - 4);
    String title = Cells.truncate(glyphs.fit(Escapes.cleanLine(r.item().title())), maxTitle,
        glyphs.ellipsis());
    int dots = Math.max(2, columns.statusColumn() - prefixCells - Cells.width(title) - 2);
    String status = statusText(r);
    String symbol = glyphs.symbol(r.status());

    // padding stays outside the painted spans, so trailing blanks can be stripped
    StringBuilder line = new StringBuilder(indent)
        .append(paint(r, symbol)).append(" ".repeat(glyphs.symbolWidth() - Cells.width(symbol)))
        .append(' ').append(title).append(' ').append(style.dim(".".repeat(dots))).append(' ')
        .append(paint(r, status)).append(" ".repeat(columns.statusWidth() - status.length()))
        .append("  ");
    String longSkipReason = null;
    if (r.status() == Status.SKIPPED) {
      int room = columns.width() - columns.statusColumn() - columns.statusWidth() - 2;
      String reason = glyphs.fit(firstLine(skipReason(r)));
      if (Cells.width(reason) <= room) {
        line.append(style.dim(reason));
      } else {
        longSkipReason = reason; // goes on its own line rather than losing its point
      }
    } else {
      String duration = ran(r) ? HumanDuration.format(r.duration()) : "";
      String metrics = fit(metrics(r), columns.metricsRoom(), glyphs.ellipsis());
      line.append(" ".repeat(Columns.DURATION - duration.length())).append(style.dim(duration))
          .append("  ").append(metrics);
    }
    out.append(line.toString().stripTrailing()).append('\n');
    if (longSkipReason != null) {
      out.append(indent).append(DETAIL_INDENT).append(style.dim(longSkipReason)).append('\n');
    }
    if (r.status() != Status.PASS && r.status() != Status.SKIPPED) {
      details(r, indent + DETAIL_INDENT, out);
    } else {
      if (r.notice() != null) {
        notice(r, indent + DETAIL_INDENT, out);
      }
      signoffs(r, indent + DETAIL_INDENT, out); // who signed a passing manual item, and when
    }
  }

  private void signoffs(ItemResult r, String indent, StringBuilder out) {
    int room = Math.max(20, columns.width() - indent.length());
    for (Signoff s : r.signoffs()) {
      // parts (who and when, note, evidence, expiry) fill lines; a long note gets its own
      StringBuilder line = new StringBuilder();
      for (String part : SignoffText.signoffParts(s)) {
        String fitted = glyphs.fit(part);
        if (line.length() > 0 && Cells.width(line + glyphs.separator() + fitted) > room) {
          out.append(indent).append(line).append('\n');
          line.setLength(0);
          line.append("  ");
        } else if (line.length() > 0) {
          line.append(glyphs.separator());
        }
        line.append(fitted);
      }
      out.append(indent).append(line).append('\n');
    }
    if (r.waiver() != null) {
      out.append(indent).append(glyphs.fit(SignoffText.waiver(r.waiver()))).append('\n');
    }
  }

  private void details(ItemResult r, String indent, StringBuilder out) {
    for (String reason : r.reasons()) {
      if (reason.equals(Signoff.NONE_RECORDED) && r.status() == Status.PENDING) {
        continue; // the instructions and the command below say it (SPEC §7)
      }
      for (String l : reason.split("\\R")) {
        String clean = glyphs.fit(Escapes.cleanLine(l));
        if (!clean.isBlank()) {
          out.append(indent).append(clean.stripTrailing()).append('\n');
        }
      }
    }
    if (r.notice() != null) {
      notice(r, indent, out);
    }
    signoffs(r, indent, out);
    String signoff = SignoffText.hint(r, checklistFile); // null unless a sign-off would pass it
    if (signoff != null) {
      String hint = glyphs.arrow() + " " + signoff;
      if (r.item().check() instanceof Check.Manual manual) {
        String instructions = "manual: " + glyphs.fit(firstLine(manual.instructions()));
        out.append(indent).append(instructions);
        if (indent.length() + Cells.width(instructions) + 2 + Cells.width(hint)
            <= columns.width()) {
          out.append("  ").append(style.bold(hint)).append('\n');
        } else {
          out.append('\n').append(indent).append(style.bold(hint)).append('\n');
        }
      } else { // a notify item nobody sent
        out.append(indent).append(style.bold(hint)).append('\n');
      }
    }
    int room = Math.max(10, columns.width() - indent.length() - Cells.width(glyphs.gutter()));
    for (String l : tail(r)) {
      String shown = Cells.truncate(l, room, glyphs.ellipsis());
      out.append(indent).append(style.dim(glyphs.gutter() + shown)).append('\n');
    }
    if (r.logFile() != null) {
      out.append(indent).append(style.dim("full output: " + r.logFile())).append('\n');
    }
  }

  /** A notify item's target and message, whatever its status: {@code → slack host: text}. */
  private void notice(ItemResult r, String indent, StringBuilder out) {
    List<String> lines = NoticeText.lines(r.notice());
    String first = lines.isEmpty() ? "" : ": " + lines.get(0);
    int room = Math.max(10, columns.width() - indent.length());
    out.append(indent).append(Cells.truncate(glyphs.fit(Escapes.cleanLine(
        NoticeText.to(r.notice()) + first)), room, glyphs.ellipsis())).append('\n');
    for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
      out.append(indent).append("  ").append(Cells.truncate(glyphs.fit(Escapes.cleanLine(l)),
          room - 2, glyphs.ellipsis())).append('\n');
    }
  }

  /** The last lines of stderr when it said anything, else of stdout; as a terminal shows them. */
  private static List<String> tail(ItemResult r) {
    List<String> err = visibleLines(r.stderr());
    List<String> lines = err.isEmpty() ? visibleLines(r.stdout()) : err;
    return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
  }

  private static List<String> visibleLines(Output output) {
    List<String> lines = new ArrayList<>();
    if (output != null) {
      for (String l : output.text().split("\n")) {
        String clean = Escapes.cleanLine(l).stripTrailing();
        if (!clean.isBlank()) {
          lines.add(clean);
        }
      }
    }
    return lines;
  }

  /**
   * The metrics named by the item's conditions, each {@code name=value}: those whose condition
   * did not hold first, since they decided the item, then the others in condition order; after
   * the number of attempts when the item was retried.
   */
  static List<String> metrics(ItemResult r) {
    List<String> shown = new ArrayList<>();
    if (r.attempts() > 1) {
      shown.add(r.attempts() + " attempts");
    }
    if (r.item().check() instanceof Check.Service && r.metrics().containsKey("ready_ms")) {
      shown.add("up; ready after " + HumanDuration.format(
          java.time.Duration.ofMillis(r.metrics().get("ready_ms").longValue())));
    }
    Map<String, Boolean> failed = new LinkedHashMap<>(); // by subject, in condition order
    Map<String, Condition> first = new LinkedHashMap<>();
    for (Condition c : r.item().expect()) {
      Double value = r.metrics().get(c.subject());
      if (value != null && !c.operator().isText()) {
        failed.merge(c.subject(), !c.holdsFor(value), Boolean::logicalOr);
        first.putIfAbsent(c.subject(), c);
      }
    }
    for (boolean deciding : new boolean[] {true, false}) {
      failed.forEach((subject, fails) -> {
        if (fails == deciding) {
          shown.add(pair(first.get(subject), r.metrics().get(subject)));
        }
      });
    }
    return shown;
  }

  /**
   * As many whole cells as fit in {@code room}, two spaces apart, and an ellipsis when some
   * did not: {@code failed=2  passed=40  …}. A metric is never cut, as half a number reads as
   * another number.
   */
  static String fit(List<String> cells, int room, String ellipsis) {
    String all = String.join("  ", cells);
    if (Cells.width(all) <= room) {
      return all;
    }
    StringJoiner line = new StringJoiner("  ");
    int tail = 2 + Cells.width(ellipsis);
    int width = -2;
    for (String cell : cells) {
      if (width + 2 + Cells.width(cell) + tail > room) {
        break;
      }
      line.add(cell);
      width += 2 + Cells.width(cell);
    }
    return width < 0 ? ellipsis : line.add(ellipsis).toString();
  }

  /** {@code coverage=72.4}; a figure judged against a duration reads as one: {@code age=26h}. */
  private static String pair(Condition c, double value) {
    String name = Escapes.cleanLine(c.subject());
    return c.value() instanceof Value.Span
        ? name + "=" + HumanDuration.format(java.time.Duration.ofMillis((long) value))
        : MetricValue.pair(name, value);
  }

  static boolean isWarning(ItemResult r) {
    return r.item().severity() == Severity.WARNING && r.status().blocksGate();
  }

  /** Manual and never-started items have no duration worth showing. */
  private static boolean ran(ItemResult r) {
    return r.startedAt() != null && !(r.item().check() instanceof Check.Manual);
  }

  private static String skipReason(ItemResult r) {
    if (!r.reasons().isEmpty()) {
      return r.reasons().get(0);
    }
    return r.item().skip() == null ? "" : r.item().skip();
  }

  private static String firstLine(String text) {
    return text == null ? "" : Escapes.cleanLine(text.strip().split("\\R", 2)[0]);
  }

  private String paint(ItemResult r, String text) {
    return paint(style, r, text);
  }

  /** Warnings are painted as warnings whatever their status, so they never look blocking. */
  static String paint(Style style, ItemResult r, String text) {
    return isWarning(r) ? style.warning(text) : style.status(r.status(), text);
  }
}
