package dev.preflight.expect;

import dev.preflight.model.Condition;
import dev.preflight.model.Operator;
import dev.preflight.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges an item's conditions against what its command left behind (SPEC §4).
 *
 * <p>When no condition names {@code exit_code}, {@code exit_code == 0} is implied and checked
 * first. Every reason shows both sides ({@code coverage = 72.4, expected > 80}). A metric the
 * parser did not produce is an error, never a silent pass.
 */
public final class Expectations {
  private Expectations() {}

  public static Judgement judge(List<Condition> conditions, Evidence evidence) {
    List<String> failures = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (conditions.stream().noneMatch(Condition::isAboutExitCode) && evidence.exitCode() != 0) {
      failures.add("exit code " + evidence.exitCode() + ", expected 0");
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
      double expected = expectedNumber(c.value());
      if (!compare(actual, c.operator(), expected)) {
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

  private static double expectedNumber(Value v) {
    if (v instanceof Value.Size z) {
      return z.bytes();
    }
    return v instanceof Value.Span s ? s.duration().toMillis() : ((Value.Number) v).value();
  }

  private static boolean compare(double actual, Operator op, double expected) {
    return switch (op) {
      case EQ -> actual == expected;
      case NE -> actual != expected;
      case LT -> actual < expected;
      case LE -> actual <= expected;
      case GT -> actual > expected;
      case GE -> actual >= expected;
      default -> throw new IllegalArgumentException("not a comparison: " + op);
    };
  }

  /** The actual value in the terms of the expected one: 26h beside 24h, 1.5GB beside 2GB. */
  private static String show(Condition c, double actual) {
    if (c.value() instanceof Value.Size z) {
      return Sizes.format(actual, z);
    }
    return c.value() instanceof Value.Span
        ? Durations.format(java.time.Duration.ofMillis((long) actual))
        : Numbers.format(actual);
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
