package dev.preflight.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The POST every webhook format makes: the body masked, the answer judged the same way for
 * all. A 2xx is accepted; 5xx, 408, 429 and no answer at all are worth another try; any other
 * status is the target refusing the message, which a retry would not change.
 */
final class WebhookPost {
  static final String JSON = "application/json; charset=utf-8";
  private static final int MAX_ANSWER = 200;

  private WebhookPost() {}

  static Http.Answer post(Sending sending, URI url, String body, Duration timeout)
      throws NotifyFailure, InterruptedException {
    Http.Answer answer;
    try {
      answer = sending.http().post(url, JSON, sending.mask().apply(body), timeout);
    } catch (HttpTimeoutException e) {
      throw new NotifyFailure("no answer within " + seconds(timeout), true);
    } catch (ConnectException e) {
      throw new NotifyFailure("cannot connect to " + hostPort(url)
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
    } catch (IOException e) {
      throw new NotifyFailure(hostPort(url) + ": " + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()), true);
    }
    int status = answer.status();
    if (status / 100 != 2) {
      throw new NotifyFailure("HTTP " + status + quoted(sending, answer.body()),
          status >= 500 || status == 408 || status == 429);
    }
    return answer;
  }

  /** {@code 200 "ok"}: the status and the body in one short line. */
  static String accepted(Sending sending, Http.Answer answer) {
    return answer.status() + quoted(sending, answer.body());
  }

  /** The target's body as one quoted line, masked and cut short; empty when it said nothing. */
  static String quoted(Sending sending, String body) {
    String line = sending.mask().apply(body == null ? "" : body).replaceAll("\\s+", " ").strip();
    if (line.isEmpty()) {
      return "";
    }
    if (line.length() > MAX_ANSWER) {
      line = line.substring(0, MAX_ANSWER) + "…";
    }
    return " " + line;
  }

  static String seconds(Duration d) {
    long tenths = Math.round(d.toMillis() / 100.0);
    return tenths / 10 + "." + tenths % 10 + "s";
  }

  private static String hostPort(URI url) {
    return url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
  }
}
