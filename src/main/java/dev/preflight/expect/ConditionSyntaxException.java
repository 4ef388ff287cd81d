package dev.preflight.expect;

/**
 * A condition that does not parse.
 *
 * @see #offset()
 */
public final class ConditionSyntaxException extends Exception {
  private final int offset;
  private final String hint;

  public ConditionSyntaxException(String message, int offset, String hint) {
    super(message);
    this.offset = offset;
    this.hint = hint;
  }

  /** Zero-based character offset in the condition text where the problem is. */
  public int offset() {
    return offset;
  }

  /** How to fix it, or null. */
  public String hint() {
    return hint;
  }
}
