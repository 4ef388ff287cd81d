package dev.preflight.notify;

/**
 * One attempt that did not get the message accepted, with the target's answer in one line.
 *
 * @see Delivery for which failures are tried again
 */
public final class NotifyFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean worthRetrying;

  /**
   * @param answer what went wrong, as a reader should see it: {@code HTTP 500 "boom"}
   * @param worthRetrying false when the target refused for good (a 4xx but 429, a bad signature)
   */
  public NotifyFailure(String answer, boolean worthRetrying) {
    super(answer);
    this.worthRetrying = worthRetrying;
  }

  public boolean worthRetrying() {
    return worthRetrying;
  }
}
