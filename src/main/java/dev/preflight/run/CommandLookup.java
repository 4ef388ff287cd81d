package dev.preflight.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds an argv command's program the way execvp(3) does, but in the child's PATH and workdir.
 * Java would search the JVM's own PATH, and {@code setsid} would only report a missing program as
 * exit 127; looking first lets a typo become {@code command not found: pytets} instead.
 */
final class CommandLookup {
  /** What execvp(3) assumes when the environment has no PATH. */
  static final String DEFAULT_PATH = "/bin:/usr/bin";

  private CommandLookup() {}

  /** Why the program cannot be run; the message is the {@code NotStarted} reason. */
  static final class Unrunnable extends Exception {
    Unrunnable(String reason) {
      super(reason, null, false, false);
    }

    /** From {@code ProcessBuilder.start()}, which names the errno only in its message. */
    static Unrunnable from(String program, IOException e) {
      String message = String.valueOf(e.getMessage());
      return new Unrunnable(message.contains("error=2,") ? "command not found: " + program
          : message.contains("error=13,") ? "permission denied: " + program
          : "cannot start " + program + ": " + message);
    }
  }

  static Path resolve(String program, Path workdir, Map<String, String> environment)
      throws Unrunnable {
    if (program.isEmpty()) {
      throw new Unrunnable("empty command");
    }
    try {
      if (program.contains("/")) {
        Path path = workdir.resolve(program);
        if (runnable(path)) {
          return path;
        }
        throw new Unrunnable((Files.exists(path) ? "permission denied: " : "command not found: ")
            + program);
      }
      boolean sawUnrunnable = false;
      for (String dir : environment.getOrDefault("PATH", DEFAULT_PATH).split(":", -1)) {
        Path path = workdir.resolve(dir.isEmpty() ? "." : dir).resolve(program);
        if (runnable(path)) {
          return path;
        }
        sawUnrunnable |= Files.exists(path); // execvp reports EACCES only if nothing else fits
      }
      throw new Unrunnable((sawUnrunnable ? "permission denied: " : "command not found: ")
          + program);
    } catch (InvalidPathException e) {
      throw new Unrunnable("command not found: " + program);
    }
  }

  private static boolean runnable(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }
}
