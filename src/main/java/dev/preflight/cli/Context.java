package dev.preflight.cli;

import dev.preflight.report.TerminalReport;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The process facts a command may use, passed in so that tests can supply their own.
 *
 * @param tty whether standard input and output are a terminal
 * @param cwd the directory relative paths on the command line are resolved against
 * @param in what the user types, for the sign-off prompt
 * @param clock the time sign-offs and waivers are recorded and judged at
 */
record Context(PrintStream out, PrintStream err, Map<String, String> env, boolean tty, Path cwd,
    InputStream in, Clock clock) {

  /** Nothing to read and the system's clock. */
  Context(PrintStream out, PrintStream err, Map<String, String> env, boolean tty, Path cwd) {
    this(out, err, env, tty, cwd, InputStream.nullInputStream(), Clock.systemUTC());
  }

  /**
   * Terminal width in cells: {@code COLUMNS} when exported, else what the terminal says (shells
   * rarely export COLUMNS), else 100.
   */
  int width() {
    int columns = parse(env.getOrDefault("COLUMNS", ""));
    if (columns == 0 && tty) {
      columns = TerminalSize.columns();
    }
    return columns >= 40 ? columns : TerminalReport.DEFAULT_WIDTH;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
