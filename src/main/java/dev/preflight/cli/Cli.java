package dev.preflight.cli;

import java.io.PrintStream;
import java.util.Map;

/** Entry point of the command line: parses arguments and returns the process exit code. */
public final class Cli {
  private Cli() {}

  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean tty) {
    return 0;
  }
}
