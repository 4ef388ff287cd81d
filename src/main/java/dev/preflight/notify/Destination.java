package dev.preflight.notify;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** A notification target with every {@code {{ env.NAME }}} expanded: ready to send to. */
public sealed interface Destination {

  /** The format's name in {@link NotifyFormats}. */
  String format();

  /**
   * The format and the host, e.g. {@code slack hooks.slack.com}: what reports and messages show.
   * Never the path or query, where webhook URLs carry their token.
   */
  String shown();

  /** @param secret null, or DingTalk's signing secret */
  record Webhook(URI url, String format, String secret) implements Destination {
    public String shown() {
      return format + " " + url.getHost();
    }
  }

  /**
   * @param ssl true for {@code smtps://}: TLS from the first byte
   * @param starttls null (when offered; required with a user), true (required) or false (never)
   */
  record Mail(String host, int port, boolean ssl, Boolean starttls, String from, List<String> to,
      String user, String password, Path caFile) implements Destination {
    public Mail {
      to = List.copyOf(to);
    }

    public String format() {
      return "email";
    }

    public String shown() {
      return "email " + String.join(", ", to) + " via " + host;
    }

    /** Whether the connection must be encrypted before anything is sent. */
    public boolean requiresTls() {
      return ssl || Boolean.TRUE.equals(starttls) || starttls == null && user != null;
    }
  }
}
