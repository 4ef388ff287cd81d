package dev.preflight.notify;

import dev.preflight.report.HtmlSummary;
import dev.preflight.report.PlainText;
import java.time.Duration;

/**
 * E-mail over SMTP: a {@code multipart/alternative} mail with a plain-text part and an HTML
 * part. For a run, the HTML part is the html report's summary (verdict, counts, the items that
 * did not pass with their reasons and last output lines) and the subject carries the verdict,
 * so an inbox reads like a CI dashboard; for a notify item, both parts carry its message.
 */
public final class EmailFormat implements NotifyFormat {

  @Override
  public String name() {
    return "email";
  }

  @Override
  public boolean webhook() {
    return false;
  }

  @Override
  public String send(Message message, Destination destination, Sending sending,
      Duration timeout) throws NotifyFailure {
    Smtp.Content c = content(message);
    Smtp.Content masked = new Smtp.Content(sending.mask().apply(c.subject()),
        sending.mask().apply(c.text()), sending.mask().apply(c.html()));
    return sending.mask().apply(
        sending.smtp().send((Destination.Mail) destination, masked, timeout));
  }

  public Smtp.Content content(Message m) {
    if (m.text() != null) {
      String subject = Lines.cut(Lines.one(m.headline()), 150);
      return new Smtp.Content(subject, m.text().strip() + "\n\n-- \n" + footer(m) + "\n",
          announcementHtml(m));
    }
    String subject = Lines.cut(m.mark() + " " + Lines.one(m.headline()) + " · "
        + Lines.one(m.checklist()), 150);
    String html = m.run() == null ? announcementHtml(m) : HtmlSummary.render(m.run(), m.link());
    return new Smtp.Content(subject, text(m), html);
  }

  private static String text(Message m) {
    StringBuilder out = new StringBuilder();
    out.append(m.mark()).append(" Gate: ").append(m.headline()).append('\n')
        .append(m.checklist()).append("\n\n").append(m.countsLine()).append('\n');
    if (!m.problems().isEmpty()) {
      out.append("\nDid not pass:\n");
      for (Message.Problem p : m.listed()) {
        out.append("\n").append(Message.mark(p.status())).append(' ').append(p.title())
            .append(" — ").append(p.status()).append('\n');
        if (!p.reason().isEmpty()) {
          out.append("    ").append(Lines.one(p.reason())).append('\n');
        }
        for (String line : PlainText.clean(p.tail()).split("\n")) {
          if (!line.isBlank()) {
            out.append("    | ").append(line.stripTrailing()).append('\n');
          }
        }
      }
      if (m.unlisted() > 0) {
        out.append("\n… and ").append(m.unlisted()).append(" more\n");
      }
    }
    return out.append("\n-- \n").append(footer(m)).append('\n').toString();
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
    if (m.link() != null) {
      f.append("\nReport: ").append(m.link());
    }
    return f.toString();
  }

  private static String announcementHtml(Message m) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("</head>\n<body style=\"font:14px/1.5 -apple-system,'Segoe UI',Helvetica,Arial,")
        .append("sans-serif;color:#1f2328\">\n<h1 style=\"font-size:18px\">")
        .append(html(Lines.one(m.headline()))).append("</h1>\n");
    for (String paragraph : m.text().strip().split("\\R\\s*\\R")) {
      out.append("<p>").append(html(paragraph.strip()).replaceAll("\\R", "<br>\n"))
          .append("</p>\n");
    }
    out.append("<p style=\"color:#59636e;font-size:12px\">")
        .append(html(footer(m).replace("\nReport: " + m.link(), ""))).append("</p>\n");
    if (m.link() != null) {
      out.append("<p><a href=\"").append(html(m.link())).append("\">Open the report</a></p>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  private static String html(String s) {
    return PlainText.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
