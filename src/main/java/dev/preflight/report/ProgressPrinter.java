package dev.preflight.report;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import dev.preflight.run.RunListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a run while it goes on. In CI (no TTY) each item prints one line as it finishes, so a
 * log shows progress and survives a killed job. On a TTY one live line names what is running
 * and for how long, rewritten in place and cleared by {@link #clear()} before the final report.
 * Events come from worker threads; every method holds the lock while it prints, so lines never
 * interleave. Elapsed times refresh on events only: no timer thread to stop or leak.
 */
public final class ProgressPrinter implements RunListener {
  private final PrintStream out;
  private final Style style;
  private final boolean tty;
  private final int width;
  private final Clock clock;
  /** Running items by id, in start order. */
  private final Map<String, Instant> running = new LinkedHashMap<>();
  private int frame;
  /** Cells of the live line now on screen, so a shorter one can blank out the rest. */
  private int shown;

  /**
   * @param tty whether {@code out} is a terminal (live line) or not (one line per item)
   * @param width terminal width in cells; the live line stays shorter so it never wraps
   * @param clock the source of elapsed times; tests pass a fixed one
   */
  public ProgressPrinter(PrintStream out, Style style, boolean tty, int width, Clock clock) {
    this.out = out;
    this.style = style;
    this.tty = tty;
    this.width = Math.max(20, width);
    this.clock = clock;
  }

  @Override
  public synchronized void started(Item item) {
    running.put(item.id(), clock.instant());
    if (tty) {
      redraw();
    }
  }

  @Override
  public synchronized void finished(ItemResult result) {
    running.remove(result.item().id());
    if (tty) {
      redraw();
      return;
    }
    String status = ItemLines.statusText(result);
    StringBuilder line = new StringBuilder()
        .append(ItemLines.paint(style, result, style.glyphs().symbol(result.status())))
        .append(' ').append(result.item().id())
        .append("  ").append(ItemLines.paint(style, result, status));
    if (result.startedAt() != null) {
      line.append("  ").append(style.dim(HumanDuration.format(result.duration())));
    }
    out.println(line);
    out.flush();
  }

  /** Removes the live line, if any; call before printing the final report. */
  public synchronized void clear() {
    if (tty && shown > 0) {
      out.print("\r" + " ".repeat(shown) + "\r");
      out.flush();
      shown = 0;
    }
  }

  /** The item that has run longest is the one a person waits for, so it is the one named. */
  private void redraw() {
    if (running.isEmpty()) {
      clear();
      return;
    }
    Map.Entry<String, Instant> oldest = running.entrySet().iterator().next();
    String elapsed = seconds(Duration.between(oldest.getValue(), clock.instant()));
    String more = running.size() > 1 ? " +" + (running.size() - 1) + " more" : "";
    String spinner = style.glyphs().spinner(frame++);
    String text = Cells.truncate(
        spinner + " running " + oldest.getKey() + " (" + elapsed + ")" + more, width - 1,
        style.glyphs().ellipsis());
    int cells = Cells.width(text);
    String painted = style.status(Status.PENDING, spinner)
        + style.dim(text.substring(spinner.length()));
    out.print("\r" + painted + " ".repeat(Math.max(0, shown - cells)));
    out.flush();
    shown = cells;
  }

  private static String seconds(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s < 60 ? s + "s" : String.format("%dm%02ds", s / 60, s % 60);
  }
}
