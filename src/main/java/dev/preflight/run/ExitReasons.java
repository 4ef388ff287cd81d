package dev.preflight.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises exits that mean a command never ran, as shells and make report them, so the
 * reason says "command not found: flake8" rather than "exit code 127, expected 0".
 */
final class ExitReasons {
  /** dash: "sh: 1: pytets: not found"; bash: "bash: line 1: pytets: command not found". */
  private static final Pattern SHELL_NOT_FOUND =
      Pattern.compile("(?m)^\\S+: (?:line )?\\d+: (.+?): (?:command )?not found$");

  private static final Pattern SHELL_NOT_EXECUTABLE =
      Pattern.compile("(?m)^\\S+: (?:line )?\\d+: (.+?): Permission denied$");

  /** GNU make runs simple recipes without a shell: "make: flake8: No such file or directory". */
  private static final Pattern MAKE_NOT_FOUND = Pattern.compile(
      "(?m)^make(?:\\[\\d+])?: (.+?): (?:No such file or directory|[Cc]ommand not found)$");

  private static final Pattern MAKE_127 =
      Pattern.compile("(?m)^make(?:\\[\\d+])?: \\*\\*\\* .* Error 127$");

  /** "/usr/bin/python3: No module named flake8", from {@code python -m flake8}. */
  private static final Pattern PYTHON_MODULE_MISSING =
      Pattern.compile("(?m)^(\\S*python[0-9.]*): No module named ([\\w.]+)$");

  private ExitReasons() {}

  /** Why the command did not run at all, or null when it ran (whatever its exit code). */
  static String notRunnable(ProcessOutcome.Exited e) {
    String stderr = e.stderr().text();
    Matcher m;
    if (e.exitCode() == 127 && (m = SHELL_NOT_FOUND.matcher(stderr)).find()) {
      return "command not found: " + m.group(1);
    }
    if (e.exitCode() == 126 && (m = SHELL_NOT_EXECUTABLE.matcher(stderr)).find()) {
      return "permission denied: " + m.group(1);
    }
    if (e.exitCode() != 0 && (m = PYTHON_MODULE_MISSING.matcher(stderr)).find()) {
      return "python module not found: " + m.group(2) + " (for " + m.group(1) + ")";
    }
    if (e.exitCode() != 0 && MAKE_127.matcher(stderr).find()
        && (m = MAKE_NOT_FOUND.matcher(stderr)).find()) {
      return "command not found: " + m.group(1) + " (in a make recipe)";
    }
    return null;
  }
}
