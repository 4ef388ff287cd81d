package dev.preflight.notify;

import java.time.Duration;

/** The seam to the mail library: hand one message to an SMTP server. */
public interface Smtp {

  /**
   * What a mail says: both parts carry the same content, for readers with and without HTML.
   */
  record Content(String subject, String text, String html) {}

  /**
   * Sends {@code content}; returns the server's last reply, e.g. {@code 250 OK}.
   *
   * @throws NotifyFailure with the server's answer, worth retrying unless it refused for good
   */
  String send(Destination.Mail to, Content content, Duration timeout) throws NotifyFailure;
}
