package dev.preflight.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process facts a command may use, passed in so that tests can supply their own.
 *
 * @param tty whether standard input and output are a terminal
 * @param cwd the directory relative paths on the command line are resolved against
 */
record Context(PrintStream out, PrintStream err, Map<String, String> env, boolean tty, Path cwd) {

  /** Terminal width in cells: {@code COLUMNS} when set and sane, else 100. */
  int width() {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", ""));
      return columns >= 40 ? columns : 100;
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
