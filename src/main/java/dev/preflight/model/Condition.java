package dev.preflight.model;

/**
 * One {@code SUBJECT OP VALUE} expectation, e.g. {@code coverage > 80}.
 *
 * @param text the condition as the user wrote it, for messages
 */
public record Condition(String subject, Operator operator, Value value, String text) {

  public static final String EXIT_CODE = "exit_code";
  public static final String STDOUT = "stdout";
  public static final String STDERR = "stderr";
  public static final String OUTPUT = "output";
  public static final String DURATION = "duration";

  public boolean isAboutExitCode() {
    return subject.equals(EXIT_CODE);
  }

  /**
   * Whether a figure meets this comparison; a duration compares in milliseconds, a size in bytes.
   * Only for comparisons, not for the text operators.
   */
  public boolean holdsFor(double actual) {
    double expected = value instanceof Value.Span s ? s.duration().toMillis()
        : value instanceof Value.Size z ? z.bytes() : ((Value.Number) value).value();
    return switch (operator) {
      case EQ -> actual == expected;
      case NE -> actual != expected;
      case LT -> actual < expected;
      case LE -> actual <= expected;
      case GT -> actual > expected;
      case GE -> actual >= expected;
      default -> throw new IllegalStateException("not a comparison: " + text);
    };
  }
}
