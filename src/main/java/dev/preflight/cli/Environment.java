package dev.preflight.cli;

import dev.preflight.model.RunEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a report records about where it ran: tool version, git commit and branch, host. */
final class Environment {
  private Environment() {}

  static RunEnvironment of(Path checklistDir) {
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return RunEnvironment.of(VersionProvider.version(),
        git(checklistDir, "rev-parse", "--verify", "-q", "HEAD"),
        git(checklistDir, "symbolic-ref", "--short", "-q", "HEAD"),
        os, Runtime.version().toString());
  }

  /** git's answer about the checklist's repository, or null outside one or without git. */
  private static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    return QuickCommand.output(new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))));
  }
}
