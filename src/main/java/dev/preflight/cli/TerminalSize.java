package dev.preflight.cli;

import java.io.File;

/** Asks the controlling terminal for its width; Java has no API for it. */
final class TerminalSize {
  private TerminalSize() {}

  /** Columns of the terminal, or 0 when it cannot tell. */
  static int columns() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return 0;
    }
    String rowsCols = QuickCommand.output(
        new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(tty)));
    String[] parts = rowsCols == null ? new String[0] : rowsCols.split("\\s+");
    try {
      return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
