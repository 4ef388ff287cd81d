package dev.preflight.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Questions for git about the checklist's repository; null or false outside one. */
final class Git {
  private Git() {}

  /** git's trimmed answer, or null outside a repository, without git, or when it says nothing. */
  static String ask(Path dir, String... args) {
    return QuickCommand.output(command(dir, args));
  }

  /** Whether git answers yes (exit 0). */
  static boolean yes(Path dir, String... args) {
    return QuickCommand.succeeds(command(dir, args));
  }

  private static ProcessBuilder command(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
  }
}
