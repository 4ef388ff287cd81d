package dev.preflight.notify;

import java.time.Duration;

/**
 * One way of telling people (SPEC §11): a platform's webhook format, or e-mail. A format renders
 * a {@link Message} as its platform documents and makes one attempt to deliver it; retries,
 * the time budget and reporting belong to {@link Delivery}.
 */
public interface NotifyFormat {

  /** The name in the checklist: {@code format: slack}, or {@code email}. */
  String name();

  /** Whether the format is written as {@code webhook: {format: NAME}} (else it has its own key). */
  default boolean webhook() {
    return true;
  }

  /**
   * One attempt.
   *
   * @return the target's answer when it accepted the message, e.g. {@code 200 ok}
   * @throws NotifyFailure when it did not, with its answer
   */
  String send(Message message, Destination destination, Sending sending, Duration timeout)
      throws NotifyFailure, InterruptedException;
}
