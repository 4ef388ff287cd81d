package dev.preflight.notify;

import dev.preflight.report.JsonReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For any other receiver: the run's JSON report ({@code "schema": "preflight.report/v1"}, the
 * same bytes {@code --report json=…} writes), posted as {@code application/json}. A notify
 * item's message goes as {@code {"schema": "preflight.message/v1", "checklist", "title",
 * "message", "gitCommit", "gitBranch", "link"}}. Any 2xx is accepted.
 */
public final class JsonFormat implements NotifyFormat {
  public static final String MESSAGE_SCHEMA = "preflight.message/v1";

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String send(Message message, Destination destination, Sending sending,
      Duration timeout) throws NotifyFailure, InterruptedException {
    Http.Answer answer = WebhookPost.post(sending, ((Destination.Webhook) destination).url(),
        body(message), timeout);
    return WebhookPost.accepted(sending, answer);
  }

  public String body(Message m) {
    if (m.run() != null) {
      return new JsonReport().render(m.run());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("schema", MESSAGE_SCHEMA);
    body.put("checklist", m.checklist());
    body.put("title", m.headline());
    body.put("message", m.text());
    body.put("gitCommit", m.commit());
    body.put("gitBranch", m.branch());
    body.put("link", m.link());
    return JsonText.of(body);
  }
}
