package dev.preflight.cli;

import dev.preflight.report.ColorMode;
import java.io.PrintStream;
import picocli.CommandLine.Option;

/** How the terminal report looks: colour, ASCII, verbosity. */
final class TerminalOptions {
  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the report: auto, always or never (default: auto; NO_COLOR and "
          + "FORCE_COLOR are honoured).")
  ColorMode color;

  @Option(names = "--ascii", description = "Use [PASS] [FAIL]… instead of symbols.")
  boolean ascii;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  Terminal open(Context ctx, PrintStream screen) {
    return new Terminal(ctx, screen, color, ascii);
  }
}
