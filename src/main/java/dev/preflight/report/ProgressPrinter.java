package dev.preflight.report;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a run while it goes on. On a TTY a {@link LiveBoard} lists what is running and for how
 * long, redrawn in place and erased by {@link #clear()} before the final report. In CI (no TTY)
 * {@link FinishedLines} prints one line per item as it finishes, so a log shows progress and
 * survives a killed job.
 *
 * <p>Events come from worker threads and the ticker; each holds this printer's lock while it
 * writes, and writes a whole frame or line in one {@code print}, so output never interleaves
 * and a terminal never shows half a frame. On a TTY one daemon thread, started by the first
 * {@code started} and stopped by {@code clear()}, redraws every {@value #TICK_MILLIS} ms so
 * elapsed times move while nothing else happens.
 */
public final class ProgressPrinter implements RunListener {
  static final long TICK_MILLIS = 200;

  private final PrintStream out;
  private final Clock clock;
  /** Null when {@code out} is not a terminal. */
  private final LiveBoard board;
  /** Null when {@code out} is a terminal. */
  private final FinishedLines lines;
  /** Null: no ticker, tests call {@link #redraw()} themselves. */
  private final Duration tick;
  /** Running items by id, in start order. */
  private final Map<String, LiveBoard.Running> running = new LinkedHashMap<>();
  private Tally tally = Tally.START;
  private ScheduledExecutorService ticker;

  /**
   * @param tty whether {@code out} is a terminal (live board) or not (one line per item)
   * @param width terminal width in cells; board lines stay shorter so they never wrap
   * @param clock the source of elapsed times; tests pass a fixed one
   */
  public ProgressPrinter(PrintStream out, Style style, boolean tty, int width, Clock clock) {
    this(out, style, tty, width, clock, Duration.ofMillis(TICK_MILLIS));
  }

  /** @param tick how often the board redraws on its own, or null for never */
  ProgressPrinter(PrintStream out, Style style, boolean tty, int width, Clock clock,
      Duration tick) {
    this.out = out;
    this.clock = clock;
    this.board = tty ? new LiveBoard(style, width) : null;
    this.lines = tty ? null : new FinishedLines(style, width);
    this.tick = tick;
  }

  @Override
  public synchronized void planned(int total) {
    tally = tally.planned(total);
    if (board != null && board.showing()) {
      redraw();
    }
  }

  @Override
  public synchronized void started(Item item) {
    running.put(item.id(), new LiveBoard.Running(item, clock.instant()));
    if (board != null) {
      startTicker();
      redraw();
    }
  }

  @Override
  public synchronized void finished(ItemResult result) {
    running.remove(result.item().id());
    tally = tally.plus(result);
    if (board != null) {
      redraw();
    } else {
      out.println(lines.line(result, tally));
      out.flush();
    }
  }

  /**
   * Stops the ticker, erases the board and shows the cursor again, leaving the cursor where
   * the board began; call before printing the final report. A later {@code started} draws a
   * new board.
   */
  public synchronized void clear() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    if (board != null) {
      print(board.erase());
    }
  }

  /** Draws the board as it is now; what the ticker calls. */
  synchronized void redraw() {
    if (board != null) {
      print(board.frame(running.values(), tally, clock.instant()));
    }
  }

  private void startTicker() {
    if (ticker != null || tick == null) {
      return;
    }
    ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread t = new Thread(task, "preflight-live-board");
      t.setDaemon(true);
      return t;
    });
    long period = tick.toMillis();
    service.scheduleAtFixedRate(() -> onTick(service), period, period, TimeUnit.MILLISECONDS);
    ticker = service;
  }

  /** A tick that was already waiting for the lock when {@link #clear()} ran must not redraw. */
  private synchronized void onTick(ScheduledExecutorService from) {
    if (ticker == from) {
      redraw();
    }
  }

  private void print(String frame) {
    if (!frame.isEmpty()) {
      out.print(frame);
      out.flush();
    }
  }
}
