package dev.preflight.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Asks the controlling terminal for its width; Java has no API for it. */
final class TerminalSize {
  private TerminalSize() {}

  /** Columns of the terminal, or 0 when it cannot tell. */
  static int columns() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return 0;
    }
    try {
      Process p = new ProcessBuilder("stty", "size")
          .redirectInput(ProcessBuilder.Redirect.from(tty))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(1, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return 0;
      }
      String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
          .strip().split("\\s+");
      return rowsCols.length == 2 ? Integer.parseInt(rowsCols[1]) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
