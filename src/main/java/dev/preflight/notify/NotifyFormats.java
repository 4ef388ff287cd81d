package dev.preflight.notify;

import java.util.List;
import java.util.Optional;

/**
 * The notification formats by name. A new one is one file implementing {@link NotifyFormat}
 * plus one entry here.
 */
public final class NotifyFormats {
  private static final List<NotifyFormat> ALL = List.of(
      new DingtalkFormat(), new SlackFormat(), new TeamsFormat(), new JsonFormat(),
      new EmailFormat());

  private NotifyFormats() {}

  public static Optional<NotifyFormat> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The names {@code webhook: {format: …}} takes. */
  public static List<String> webhookNames() {
    return ALL.stream().filter(NotifyFormat::webhook).map(NotifyFormat::name).toList();
  }
}
