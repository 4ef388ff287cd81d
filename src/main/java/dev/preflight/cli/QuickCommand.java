package dev.preflight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Asks a small helper program for a fact (git for the commit, stty for the terminal width):
 * its trimmed standard output when it exits 0 within two seconds, else null. Its answers are a
 * few bytes, so waiting before reading cannot fill the pipe.
 */
final class QuickCommand {
  private QuickCommand() {}

  static String output(ProcessBuilder command) {
    try {
      Process p = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.exitValue() == 0 && !out.isEmpty() ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Whether the helper exits 0 within two seconds, for questions git answers by exit code. */
  static boolean succeeds(ProcessBuilder command) {
    try {
      Process p = command.redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(2, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
