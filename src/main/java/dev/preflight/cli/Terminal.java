package dev.preflight.cli;

import dev.preflight.model.RunResult;
import dev.preflight.report.ColorMode;
import dev.preflight.report.ProgressPrinter;
import dev.preflight.report.Style;
import dev.preflight.report.TerminalReport;
import java.io.PrintStream;
import java.time.Clock;

/** The human side of a run: live progress while it goes, the tree report when it ends. */
final class Terminal {
  private final PrintStream screen;
  private final Style style;
  private final int width;
  private final ProgressPrinter progress;
  private final boolean tty;

  Terminal(Context ctx, PrintStream screen, ColorMode colorMode, boolean ascii) {
    this.screen = screen;
    this.tty = ctx.tty() && screen == ctx.out();
    this.style = Style.choose(colorMode, tty, ctx.env(), ascii);
    this.width = ctx.width();
    this.progress = new ProgressPrinter(screen, style, tty, width, Clock.systemUTC());
  }

  ProgressPrinter progress() {
    return progress;
  }

  void finish(RunResult run) {
    progress.clear();
    if (!tty) {
      screen.println(); // the per-item lines above are a log; the report starts apart from it
    }
    screen.print(new TerminalReport(style, width).render(run));
    screen.flush();
  }
}
