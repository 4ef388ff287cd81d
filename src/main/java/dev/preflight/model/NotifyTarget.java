package dev.preflight.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where a notification goes (SPEC §11), as written in the checklist: strings may still hold
 * {@code {{ env.NAME }}}, which is expanded from the run's environment just before sending, so
 * a webhook URL or a password never has to be written into the file.
 */
public sealed interface NotifyTarget {
  /** Default for {@link #timeout()}: how long one notification may hold up the run in all. */
  Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The format's name in the registry: {@code dingtalk}, {@code slack}, … or {@code email}. */
  String format();

  /** The most one notification may take, every attempt and pause included. */
  Duration timeout();

  /**
   * An HTTP POST of the message in a platform's format.
   *
   * @param secret null, or DingTalk's signing secret (the robot's "加签" key)
   */
  record Webhook(String url, String format, String secret, Duration timeout)
      implements NotifyTarget {}

  /**
   * An e-mail sent through an SMTP server.
   *
   * @param smtp {@code smtp://host[:port]} or {@code smtps://host[:port]}
   * @param to addresses; after expansion an entry may hold several, separated by commas
   * @param user null, or the login; {@code password} goes with it
   * @param starttls null (use it when offered; required with a user), true (required) or false
   * @param caFile null, or a PEM file of certificates to trust beside the system's
   */
  record Email(String smtp, String from, List<String> to, String user, String password,
      Boolean starttls, Path caFile, Duration timeout) implements NotifyTarget {
    public Email {
      to = List.copyOf(to);
    }

    public String format() {
      return "email";
    }
  }
}
