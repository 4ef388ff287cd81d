package dev.preflight;

import dev.preflight.cli.Cli;

/** The only place that touches the real process: streams, environment, terminal, exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    boolean tty = System.console() != null;
    System.exit(Cli.run(args, System.in, System.out, System.err, System.getenv(), tty));
  }
}
