package dev.preflight.cli;

import dev.preflight.model.RunEnvironment;
import java.nio.file.Path;

/** What a report records about where it ran: tool version, git commit and branch, host. */
final class Environment {
  private Environment() {}

  static RunEnvironment of(Path checklistDir) {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return RunEnvironment.of(VersionProvider.version(),
        Git.ask(checklistDir, "rev-parse", "--verify", "-q", "HEAD"),
        Git.ask(checklistDir, "symbolic-ref", "--short", "-q", "HEAD"),
        os, Runtime.version().toString());
  }
}
