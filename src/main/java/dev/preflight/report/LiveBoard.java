package dev.preflight.report;

import dev.preflight.model.Item;
import dev.preflight.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The TTY view of a run: a progress line over the items running now, oldest first, redrawn in
 * place.
 *
 * <pre>
 * [12/40] 3 running · 2 failed so far
 * ⠹    41s  final-tests  最终测试运行 · Final test run
 * ⠹     3s  core-coverage  覆盖率确认 · Core coverage above 80%
 * ⠹     0s  lint  代码规范检查 · Lint clean (make lint) across every…
 * </pre>
 *
 * <p>Each frame leaves the cursor at the start of the line below the board. The next one moves
 * up over it ({@code ESC[nA}), overwrites every line and clears only what is left of it
 * ({@code ESC[K}), so nothing is blanked before it is redrawn and the board never flickers; a
 * shorter board erases the lines it no longer needs ({@code ESC[J}). Lines stay a cell short
 * of the width, and at most {@value #MAX_WIDTH} cells whatever width is claimed, because a
 * line that fills the terminal makes some of them wrap, and a wrapped line breaks the count of
 * lines to move up. Not thread-safe: its owner holds a lock.
 */
final class LiveBoard {
  /** The board never grows past this many item lines, so it fits a small terminal. */
  static final int MAX_ROWS = 8;
  /** How long each spinner glyph shows; the spinner follows the clock, not the redraws. */
  static final long SPIN_MILLIS = 200;

  /**
   * Widest board, in cells: the width is a guess when {@code COLUMNS} is not exported, and the
   * board needs no more.
   */
  static final int MAX_WIDTH = 80;

  private static final String CSI = "\u001b[";
  private static final String HIDE_CURSOR = CSI + "?25l";
  private static final String SHOW_CURSOR = CSI + "?25h";
  private static final String CLEAR_TO_EOL = CSI + "K";
  private static final String CLEAR_BELOW = CSI + "J";
  private static final int ELAPSED = "59m59s".length();

  private final Style style;
  private final Glyphs glyphs;
  private final int width;
  /** Lines of the board on screen; the cursor is on the line below them. */
  private int height;
  private boolean cursorHidden;
  /** The lines last drawn, so a redraw that would change nothing writes nothing. */
  private List<String> shown = List.of();

  /** An item that has started and not finished. */
  record Running(Item item, Instant since) {}

  /** @param width the terminal width in cells */
  LiveBoard(Style style, int width) {
    this.style = style;
    this.glyphs = style.glyphs();
    this.width = Math.min(MAX_WIDTH, Math.max(20, width)) - 1;
  }

  /**
   * The escape sequences and text that replace the board on screen with one showing
   * {@code running} (in start order) at {@code now}; empty when the screen already shows it.
   */
  String frame(Collection<Running> running, Tally tally, Instant now) {
    List<String> lines = lines(running, tally, now);
    if (lines.equals(shown)) {
      return "";
    }
    StringBuilder frame = new StringBuilder();
    if (!cursorHidden) {
      frame.append(HIDE_CURSOR);
      cursorHidden = true;
    }
    frame.append(up(height)).append('\r');
    for (String line : lines) {
      frame.append(line).append(CLEAR_TO_EOL).append('\n');
    }
    if (lines.size() < height) {
      frame.append(CLEAR_BELOW);
    }
    height = lines.size();
    shown = lines;
    return frame.toString();
  }

  boolean showing() {
    return height > 0;
  }

  /** What removes the board and shows the cursor again, leaving the cursor where it began. */
  String erase() {
    StringBuilder frame = new StringBuilder();
    if (height > 0) {
      frame.append(up(height)).append('\r').append(CLEAR_BELOW);
    }
    if (cursorHidden) {
      frame.append(SHOW_CURSOR);
    }
    height = 0;
    cursorHidden = false;
    shown = List.of();
    return frame.toString();
  }

  private List<String> lines(Collection<Running> running, Tally tally, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add(header(running.size(), tally));
    // the modulus is a multiple of every spinner's length, so wrapping skips no glyph
    String spinner = glyphs.spinner((int) (now.toEpochMilli() / SPIN_MILLIS % 1_000_000));
    int row = 0;
    for (Running r : running) {
      if (row++ == MAX_ROWS) {
        int more = running.size() - MAX_ROWS;
        lines.add(" ".repeat(Cells.width(spinner) + 1)
            + style.dim(glyphs.ellipsis() + " and " + more + " more"));
        break;
      }
      lines.add(row(r, spinner, Duration.between(r.since(), now)));
    }
    return lines;
  }

  /** {@code [12/40] 3 running · 2 failed so far}; plain when it has to be cut to fit. */
  private String header(int running, Tally tally) {
    String counter = tally.counter();
    String count = running + " running";
    String failed = tally.failed() == 0 ? "" : tally.failed() + " failed so far";
    String plain = counter + " " + count + (failed.isEmpty() ? "" : glyphs.separator() + failed);
    if (Cells.width(plain) > width) {
      return Cells.truncate(plain, width, glyphs.ellipsis());
    }
    return style.bold(counter) + " " + count
        + (failed.isEmpty() ? "" : glyphs.separator() + style.status(Status.FAIL, failed));
  }

  /** {@code ⠹   41s  final-tests  最终测试运行 · Final test run}, the title cut to fit. */
  private String row(Running r, String spinner, Duration elapsed) {
    String time = Cells.padLeft(elapsed(elapsed), ELAPSED);
    int room = width - Cells.width(spinner) - 1 - ELAPSED - 2;
    String id = Cells.truncate(clean(r.item().id()), room, glyphs.ellipsis());
    StringBuilder line = new StringBuilder()
        .append(style.status(Status.PENDING, spinner)).append(' ')
        .append(style.dim(time)).append("  ").append(id);
    String title = clean(r.item().title());
    int left = room - Cells.width(id) - 2;
    if (!title.isEmpty() && !title.equals(id) && left > glyphs.ellipsis().length()) {
      line.append("  ").append(style.dim(Cells.truncate(title, left, glyphs.ellipsis())));
    }
    return line.toString();
  }

  /** Whole seconds: tenths changing five times a second are noise, not information. */
  static String elapsed(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
  }

  private String clean(String text) {
    return text == null ? "" : glyphs.fit(Escapes.cleanLine(text)).strip();
  }

  private static String up(int lines) {
    // ESC[0A would move up one line: a count of zero means one
    return lines == 0 ? "" : CSI + lines + "A";
  }
}
