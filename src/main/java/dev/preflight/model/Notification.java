package dev.preflight.model;

import java.util.List;
import java.util.Set;

/**
 * One entry of the checklist's top-level {@code notify:}: a target told about the run's verdict
 * once the run is over.
 *
 * @param when verdict words ({@code pass fail pending interrupted}) that send it
 */
public record Notification(Set<String> when, NotifyTarget target) {
  /** Every verdict but pass: people want to hear when the gate did not open. */
  public static final Set<String> DEFAULT_WHEN = Set.of("fail", "pending", "interrupted");
  public static final List<String> VERDICTS = List.of("pass", "fail", "pending", "interrupted");

  public Notification {
    when = Set.copyOf(when);
  }
}
