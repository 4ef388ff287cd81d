package dev.preflight.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Microsoft Teams: an Adaptive Card (version 1.4) in the message envelope that both Teams'
 * incoming webhooks and Workflows ("Post to a channel when a webhook request is received")
 * take: {@code {"type":"message","attachments":[{"contentType":
 * "application/vnd.microsoft.card.adaptive","contentUrl":null,"content":{…card…}}]}}. The card
 * has the verdict as a coloured heading, the counts as a {@code FactSet}, the items that did
 * not pass as a Markdown list, and an {@code Action.OpenUrl} to the report. Teams answers
 * {@code 1} (incoming webhook) or 202 (Workflows); an old connector that is rate limited
 * answers 200 with "HTTP error 429" in the body, which counts as a failure worth retrying.
 */
public final class TeamsFormat implements NotifyFormat {
  static final String CARD = "application/vnd.microsoft.card.adaptive";

  @Override
  public String name() {
    return "teams";
  }

  @Override
  public String send(Message message, Destination destination, Sending sending,
      Duration timeout) throws NotifyFailure, InterruptedException {
    Http.Answer answer = WebhookPost.post(sending, ((Destination.Webhook) destination).url(),
        body(message), timeout);
    if (answer.body() != null && answer.body().contains("HTTP error 429")) {
      throw new NotifyFailure("Teams is throttling:" + WebhookPost.quoted(sending,
          answer.body()), true);
    }
    return WebhookPost.accepted(sending, answer);
  }

  public String body(Message m) {
    List<Object> body = new ArrayList<>();
    Map<String, Object> heading = text(m.mark() + " " + Lines.one(m.headline()));
    heading.put("weight", "Bolder");
    heading.put("size", "Medium");
    heading.put("color", colour(m.verdict()));
    body.add(heading);
    if (m.text() != null) {
      body.add(text(m.text().strip()));
    } else {
      Map<String, Object> name = text(Lines.one(m.checklist()));
      name.put("isSubtle", true);
      name.put("spacing", "None");
      body.add(name);
      List<Object> facts = new ArrayList<>();
      for (String part : m.countsLine().split(" · ")) {
        String[] nAndStatus = part.split(" ", 2);
        facts.add(fact(nAndStatus[1], nAndStatus[0]));
      }
      body.add(entry("FactSet", "facts", facts));
      if (!m.problems().isEmpty()) {
        List<String> lines = new ArrayList<>();
        for (Message.Problem p : m.listed()) {
          lines.add("- " + Lines.one(Message.mark(p.status()) + " **" + p.title() + "** — "
              + p.status() + (p.reason().isEmpty() ? "" : ": " + p.reason())));
        }
        if (m.unlisted() > 0) {
          lines.add("- … and " + m.unlisted() + " more");
        }
        // Adaptive Cards' Markdown ends list items with \r
        body.add(text(String.join("\r", lines)));
      }
    }
    Map<String, Object> footer = text(footer(m));
    footer.put("isSubtle", true);
    footer.put("size", "Small");
    body.add(footer);

    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", body);
    if (m.link() != null) {
      Map<String, Object> open = entry("Action.OpenUrl", "title", "Open the report");
      open.put("url", m.link());
      card.put("actions", List.of(open));
    }
    card.put("msteams", Map.of("width", "Full"));
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("contentType", CARD);
    attachment.put("contentUrl", null);
    attachment.put("content", card);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("type", "message");
    envelope.put("attachments", List.of(attachment));
    return JsonText.of(envelope);
  }

  private static String footer(Message m) {
    StringBuilder f = new StringBuilder("preflight");
    if (m.text() != null) {
      f.append(" · ").append(Lines.one(m.checklist()));
    }
    if (m.commit() != null) {
      f.append(" · commit ").append(m.shortCommit())
          .append(m.branch() == null ? "" : " on " + m.branch());
    }
    return f.toString();
  }

  /** Adaptive Cards' named colours: green for a pass, amber while waiting, red otherwise. */
  private static String colour(String verdict) {
    if (verdict == null) {
      return "Default";
    }
    return switch (verdict) {
      case "pass" -> "Good";
      case "pending" -> "Warning";
      default -> "Attention";
    };
  }

  private static Map<String, Object> text(String text) {
    Map<String, Object> block = entry("TextBlock", "text", text);
    block.put("wrap", true);
    return block;
  }

  private static Map<String, Object> fact(String title, String value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("value", value);
    return f;
  }

  private static Map<String, Object> entry(String type, String key, Object value) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", type);
    e.put(key, value);
    return e;
  }
}
