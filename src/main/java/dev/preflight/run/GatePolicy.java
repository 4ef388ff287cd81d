package dev.preflight.run;

import dev.preflight.model.ExitCode;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Severity;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns item results into the gate's verdict and exit code (SPEC §2).
 *
 * <p>Blocking items (severity {@code blocker}) that failed, errored or were blocked fail the
 * gate; when only pending sign-offs remain the verdict is {@code pending} (exit 3); warnings
 * never block.
 */
public final class GatePolicy {
  private GatePolicy() {}

  public static Verdict decide(List<ItemResult> results, boolean interrupted) {
    if (interrupted) {
      long unfinished =
          results.stream().filter(r -> r.reasons().contains(Scheduler.INTERRUPTED)).count();
      return new Verdict(
          "interrupted",
          ExitCode.INTERRUPTED,
          unfinished == 0 ? "INTERRUPTED — stopped after every item finished"
              : "INTERRUPTED — " + plural(unfinished, "item") + " did not finish");
    }
    Map<Status, Integer> blocking = new EnumMap<>(Status.class);
    int warnings = 0;
    for (ItemResult r : results) {
      if (r.blocksGate()) {
        blocking.merge(r.status(), 1, Integer::sum);
      } else if (r.item().severity() == Severity.WARNING && r.status().blocksGate()) {
        warnings++;
      }
    }
    String warned = warnings == 0 ? "" : "; " + plural(warnings, "warning");
    int failed = count(blocking, Status.FAIL) + count(blocking, Status.ERROR)
        + count(blocking, Status.BLOCKED);
    if (failed > 0) {
      List<String> parts = new ArrayList<>();
      add(parts, blocking, Status.FAIL, "failed");
      add(parts, blocking, Status.ERROR, "errored");
      add(parts, blocking, Status.BLOCKED, "blocked");
      add(parts, blocking, Status.PENDING, "pending");
      String first = withNoun(parts.remove(0));
      String rest = parts.isEmpty() ? "" : ", " + String.join(", ", parts);
      return new Verdict("fail", ExitCode.FAILED, "FAILED — " + first + rest + warned);
    }
    int pending = count(blocking, Status.PENDING);
    if (pending > 0) {
      return new Verdict(
          "pending",
          ExitCode.PENDING,
          "PENDING — " + plural(pending, "sign-off") + " outstanding" + warned);
    }
    return new Verdict("pass", ExitCode.PASSED, "PASSED" + warned);
  }

  private static void add(
      List<String> parts, Map<Status, Integer> blocking, Status status, String verb) {
    int n = count(blocking, status);
    if (n > 0) {
      parts.add(n + " " + verb);
    }
  }

  /** "2 failed" becomes "2 blocking items failed". */
  private static String withNoun(String part) {
    int space = part.indexOf(' ');
    String n = part.substring(0, space);
    return n + (n.equals("1") ? " blocking item " : " blocking items ") + part.substring(space + 1);
  }

  private static int count(Map<Status, Integer> m, Status s) {
    return m.getOrDefault(s, 0);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
