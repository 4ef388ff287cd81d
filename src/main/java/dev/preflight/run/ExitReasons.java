package dev.preflight.run;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reasons for exits that mean the command could not run at all, as shells report them. */
final class ExitReasons {
  /** dash: "sh: 1: pytets: not found"; bash: "bash: line 1: pytets: command not found". */
  private static final Pattern NOT_FOUND =
      Pattern.compile("(?m)^\\S+: (?:line )?\\d+: (.+?): (?:command )?not found$");

  private static final Pattern NOT_EXECUTABLE =
      Pattern.compile("(?m)^\\S+: (?:line )?\\d+: (.+?): Permission denied$");

  private ExitReasons() {}

  /**
   * Why a shell item's exit says its command never ran (127 not found, 126 not executable), or
   * null. Items that state their own {@code exit_code} condition are judged by it instead.
   */
  static String notRunnable(Item item, ProcessOutcome.Exited e) {
    if (!(item.check() instanceof Check.Script)
        || item.expect().stream().anyMatch(c -> c.isAboutExitCode())) {
      return null;
    }
    String stderr = e.stderr().text();
    if (e.exitCode() == 127) {
      Matcher m = NOT_FOUND.matcher(stderr);
      return m.find() ? "command not found: " + m.group(1) : null;
    }
    if (e.exitCode() == 126) {
      Matcher m = NOT_EXECUTABLE.matcher(stderr);
      return m.find() ? "permission denied: " + m.group(1) : null;
    }
    return null;
  }
}
