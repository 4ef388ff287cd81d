package dev.preflight.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's incoming webhook with Block Kit: {@code {"text": …, "blocks": […]}}. {@code text} is
 * the fallback that notifications and old clients show; the blocks are a {@code header}
 * (plain text, at most 150 characters), {@code section}s in {@code mrkdwn} (at most 3000
 * characters each, so a long list is split over several) and a {@code context} line with the
 * commit and the link. {@code &}, {@code <} and {@code >} are escaped as Slack asks, so no text
 * from a run can mention {@code @channel} or forge a link. Slack answers {@code ok}.
 */
public final class SlackFormat implements NotifyFormat {
  static final int HEADER_MAX = 150;
  static final int SECTION_MAX = 3000;

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public String send(Message message, Destination destination, Sending sending,
      Duration timeout) throws NotifyFailure, InterruptedException {
    Http.Answer answer = WebhookPost.post(sending, ((Destination.Webhook) destination).url(),
        body(message), timeout);
    return WebhookPost.accepted(sending, answer);
  }

  public String body(Message m) {
    List<Object> blocks = new ArrayList<>();
    String header = m.mark() + " " + m.headline();
    blocks.add(block("header", "text", plain(Lines.cut(Lines.one(header), HEADER_MAX))));
    if (m.text() != null) {
      sections(List.of(escape(m.text().strip())), blocks);
    } else {
      sections(List.of("*" + escape(Lines.one(m.checklist())) + "*\n" + m.countsLine()), blocks);
      List<String> lines = new ArrayList<>();
      for (Message.Problem p : m.listed()) {
        lines.add(escape(Lines.one(Message.mark(p.status()) + " *" + p.title() + "* — "
            + p.status() + (p.reason().isEmpty() ? "" : ": " + p.reason()))));
      }
      if (m.unlisted() > 0) {
        lines.add("… and " + m.unlisted() + " more");
      }
      sections(lines, blocks);
    }
    blocks.add(block("context", "elements", List.of(mrkdwn(context(m)))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", escape(Lines.cut(Lines.one(fallback(m)), SECTION_MAX)));
    body.put("blocks", blocks);
    return JsonText.of(body);
  }

  /** Lines packed into as few sections as Slack's limit allows; a line too long is cut. */
  private static void sections(List<String> lines, List<Object> blocks) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      String l = Lines.cut(line, SECTION_MAX);
      if (text.length() > 0 && text.length() + 1 + l.length() > SECTION_MAX) {
        blocks.add(block("section", "text", mrkdwn(text.toString())));
        text.setLength(0);
      }
      text.append(text.length() == 0 ? "" : "\n").append(l);
    }
    if (text.length() > 0) {
      blocks.add(block("section", "text", mrkdwn(text.toString())));
    }
  }

  private static String fallback(Message m) {
    return m.text() == null ? m.mark() + " " + m.headline() + " · " + m.checklist()
        : m.headline() + ": " + Lines.first(m.text());
  }

  private static String context(Message m) {
    StringBuilder c = new StringBuilder("preflight");
    if (m.text() != null) {
      c.append(" · ").append(escape(Lines.one(m.checklist())));
    }
    if (m.commit() != null) {
      c.append(" · commit `").append(m.shortCommit()).append('`')
          .append(m.branch() == null ? "" : " on " + escape(m.branch()));
    }
    if (m.link() != null) {
      c.append(" · <").append(m.link().replace("|", "%7C").replace(">", "%3E"))
          .append("|Open the report>");
    }
    return c.toString();
  }

  /** {@code {"type": TYPE, KEY: VALUE}}, in that order. */
  private static Map<String, Object> block(String type, String key, Object value) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("type", type);
    b.put(key, value);
    return b;
  }

  private static Map<String, Object> plain(String text) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", "plain_text");
    t.put("text", text);
    t.put("emoji", true);
    return t;
  }

  private static Map<String, Object> mrkdwn(String text) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", "mrkdwn");
    t.put("text", text);
    return t;
  }

  /** Slack's three control characters, escaped as its formatting reference says. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
