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
}
