package dev.preflight.expect;

import dev.preflight.model.Condition;
import dev.preflight.model.Operator;
import dev.preflight.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges an item's conditions against what its command left behind (SPEC §4).
 *
 * <p>When no condition names {@code exit_code}, the evidence's "it ran" exit codes are implied
 * and checked first: {@code 0}, or a tool's own when the conditions test its metrics (flake8
 * exits 1 when it found issues). Every reason shows both sides
 * ({@code coverage = 72.4, expected > 80}). A metric the parser did not produce is an error,
 * never a silent pass.
 */
public final class Expectations {
  private Expectations() {}

  public static Judgement judge(List<Condition> conditions, Evidence evidence) {
    List<String> failures = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (conditions.stream().noneMatch(Condition::isAboutExitCode)
        && !evidence.ranExitCodes().contains(evidence.exitCode())) {
      failures.add(unexpectedExit(evidence));
    }
    for (Condition c : conditions) {
      if (c.operator().isText()) {
        judgeText(c, text(c.subject(), evidence)).ifPresent(failures::add);
        continue;
      }
      Double actual = number(c.subject(), evidence);
      if (actual == null) {
        errors.add(missing(c.subject(), evidence.parser()));
        continue;
      }
      if (!c.holdsFor(actual)) {
        failures.add(c.subject() + " = " + show(c, actual) + ", expected "
            + c.operator().symbol() + " " + Values.show(c.value()));
      }
    }
    return new Judgement(failures, errors);
  }

  private static java.util.Optional<String> judgeText(Condition c, String text) {
    Operator op = c.operator();
    boolean found =
        c.value() instanceof Value.Regex r
            ? r.pattern().matcher(text).find()
            : text.contains(((Value.Text) c.value()).text());
    boolean wanted = op == Operator.CONTAINS || op == Operator.MATCHES;
    if (found == wanted) {
      return java.util.Optional.empty();
    }
    String verb = op == Operator.CONTAINS || op == Operator.NOT_CONTAINS ? "contain" : "match";
    String shown = Values.show(c.value());
    return java.util.Optional.of(
        wanted
            ? c.subject() + " does not " + verb + " " + shown
            : c.subject() + " " + verb + (verb.equals("match") ? "es " : "s ") + shown
                + " but should not");
  }

  private static String text(String subject, Evidence e) {
    if (e.texts().containsKey(subject)) {
      return e.texts().get(subject);
    }
    String out = e.stdout() == null ? "" : e.stdout();
    String err = e.stderr() == null ? "" : e.stderr();
    return switch (subject) {
      case Condition.STDOUT -> out;
      case Condition.STDERR -> err;
      default -> out.isEmpty() || out.endsWith("\n") ? out + err : out + "\n" + err;
    };
  }

  private static Double number(String subject, Evidence e) {
    return switch (subject) {
      case Condition.EXIT_CODE -> (double) e.exitCode();
      case Condition.DURATION -> e.duration() == null ? null : (double) e.duration().toMillis();
      default -> e.metrics() == null ? null : e.metrics().get(subject);
    };
  }

  /** {@code exit code 2, expected 0 or 1 (flake8's exit codes when it ran to the end)}. */
  private static String unexpectedExit(Evidence e) {
    String reason = "exit code " + e.exitCode() + ", expected " + ExitCodes.show(e.ranExitCodes());
    return e.ranExitCodes().equals(Set.of(0)) || e.parser() == null
        ? reason : reason + " (" + e.parser() + "'s exit codes when it ran to the end)";
  }

  /** The figure of a failed condition, in the terms of the expected value: 26h beside 24h. */
  private static String show(Condition c, double actual) {
    if (c.value() instanceof Value.Size z) {
      return Sizes.format(actual, z);
    }
    return c.value() instanceof Value.Span
        ? Durations.format(java.time.Duration.ofMillis((long) actual))
        : Numbers.failing(actual, c);
  }

  private static String missing(String metric, String parser) {
    if (metric.equals(Condition.DURATION)) {
      return "no duration was measured";
    }
    return parser == null
        ? "no value for '" + metric + "': the item has no parse:"
        : "no value for '" + metric + "' in " + parser + " output";
  }
}
