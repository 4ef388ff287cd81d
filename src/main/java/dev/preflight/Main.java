package dev.preflight;

import dev.preflight.cli.Cli;

/** The only place that touches the real process: streams, environment, terminal, exit. */
public final class Main {
  private static final String LAUNCH = "jdk.lang.Process.launchMechanism";

  private Main() {}

  public static void main(String[] args) {
    // JDK 17 and 21 start every child through jspawnhelper, one more program per item; vfork
    // starts it directly (bench/README.md). Later JDKs deprecate vfork and warn, so they keep
    // their default, as does anyone who chose a mechanism.
    if (Runtime.version().feature() <= 21 && System.getProperty(LAUNCH) == null) {
      System.setProperty(LAUNCH, "VFORK");
    }
    boolean tty = System.console() != null;
    System.exit(Cli.run(args, System.in, System.out, System.err, System.getenv(), tty));
  }
}
