package dev.preflight.expect;

import dev.preflight.model.Condition;
import java.util.List;
import java.util.Set;

/** The built-in subjects of the condition language; every other name is a parser metric. */
public final class Subjects {
  /** Subjects that are text and take {@code contains}/{@code matches}. */
  public static final Set<String> TEXT =
      Set.of(Condition.STDOUT, Condition.STDERR, Condition.OUTPUT);

  /** Every subject that needs no parser, in the order hints list them. */
  public static final List<String> BUILT_IN =
      List.of(
          Condition.EXIT_CODE,
          Condition.STDOUT,
          Condition.STDERR,
          Condition.OUTPUT,
          Condition.DURATION);

  private Subjects() {}

  public static boolean isText(String subject) {
    return TEXT.contains(subject);
  }

  public static boolean isMetric(String subject) {
    return !BUILT_IN.contains(subject);
  }
}
