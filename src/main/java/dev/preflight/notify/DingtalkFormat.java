package dev.preflight.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's custom robot ({@code 自定义机器人}): a {@code markdown} message,
 * {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}. {@code title} is what the
 * conversation list shows; {@code text} is DingTalk's Markdown subset (headings, bold, links,
 * lists, quotes), in which a paragraph needs a blank line before it.
 *
 * <p>With {@code secret} (the robot's 加签 key), every attempt is signed as DingTalk documents:
 * the string {@code timestamp + "\n" + secret}, HMAC-SHA256 keyed with the secret, Base64, then
 * URL-encoded, appended as {@code &timestamp=…&sign=…} (milliseconds; DingTalk rejects a
 * timestamp more than an hour off). DingTalk answers HTTP 200 even when it refuses, so the
 * {@code errcode} of its answer decides: 0 is accepted; 130101 (sending too fast) is worth
 * another try; anything else, such as 310000 (signature or keyword mismatch), is a refusal.
 */
public final class DingtalkFormat implements NotifyFormat {
  private static final int MAX_LINE = 300;

  @Override
  public String name() {
    return "dingtalk";
  }

  @Override
  public String send(Message message, Destination destination, Sending sending,
      Duration timeout) throws NotifyFailure, InterruptedException {
    Destination.Webhook hook = (Destination.Webhook) destination;
    URI url = hook.secret() == null ? hook.url()
        : signed(hook.url(), hook.secret(), sending.clock().millis());
    Http.Answer answer = WebhookPost.post(sending, url, body(message), timeout);
    String errcode = errcode(answer.body());
    if (errcode != null && !errcode.equals("0")) {
      throw new NotifyFailure("DingTalk refused: " + WebhookPost.quoted(sending, answer.body())
          .strip(), errcode.equals("130101"));
    }
    return WebhookPost.accepted(sending, answer);
  }

  /** The JSON DingTalk's robot takes. */
  public String body(Message m) {
    Map<String, Object> markdown = new LinkedHashMap<>();
    markdown.put("title", title(m));
    markdown.put("text", text(m));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("msgtype", "markdown");
    body.put("markdown", markdown);
    return JsonText.of(body);
  }

  /** {@code url} with DingTalk's {@code timestamp} and {@code sign} parameters added. */
  public static URI signed(URI url, String secret, long timestampMillis) {
    String sign = URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
    String u = url.toString();
    return URI.create(u + (u.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis
        + "&sign=" + sign);
  }

  /** Base64(HMAC-SHA256(key = secret, data = timestamp + "\n" + secret)), not yet URL-encoded. */
  public static String sign(String secret, long timestampMillis) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(
          (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String title(Message m) {
    String first = m.text() == null ? m.headline() : Lines.first(m.text());
    return Lines.cut(m.mark() + " " + first + " · " + m.checklist(), 100);
  }

  private static String text(Message m) {
    List<String> paragraphs = new ArrayList<>();
    if (m.text() != null) {
      paragraphs.add("### " + m.mark() + " " + Lines.one(m.headline()));
      paragraphs.add(m.text().strip().replace("\n", "\n\n"));
    } else {
      paragraphs.add("### " + m.mark() + " " + Lines.one(m.headline()));
      paragraphs.add("**" + Lines.one(m.checklist()) + "**");
      paragraphs.add(m.countsLine());
      if (!m.problems().isEmpty()) {
        List<String> lines = new ArrayList<>();
        for (Message.Problem p : m.listed()) {
          lines.add("- " + Lines.cut(Lines.one(Message.problemLine(p)), MAX_LINE));
        }
        if (m.unlisted() > 0) {
          lines.add("- … and " + m.unlisted() + " more");
        }
        paragraphs.add(String.join("\n", lines));
      }
    }
    paragraphs.add(footer(m));
    if (m.link() != null) {
      paragraphs.add("[Open the report](" + m.link() + ")");
    }
    return String.join("\n\n", paragraphs);
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
    return "###### " + f;
  }

  /** The {@code errcode} field of DingTalk's answer, or null when it has none. */
  static String errcode(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"errcode\"\\s*:\\s*(-?\\d+)").matcher(body);
    return m.find() ? m.group(1) : null;
  }
}
