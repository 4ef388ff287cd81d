package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import java.nio.file.Path;

/**
 * One item of the html report: its line (badge, title, id, metrics, duration) and, when it did
 * not pass, what a reader needs to act: reasons, the sign-off command, the output tails. The
 * {@code data-status} attribute is what the filter script matches.
 */
final class HtmlItem {
  private HtmlItem() {}

  /** @param checklist the checklist file as the user named it, for the sign-off command */
  static void render(ItemResult r, Path checklist, StringBuilder out) {
    Status status = r.status();
    out.append("<li class=\"item s-").append(status.label()).append("\" data-status=\"")
        .append(status.label()).append("\" id=\"item-").append(MarkupText.attribute(r.item().id()))
        .append("\">\n<div class=\"line\">").append(HtmlReport.badge(status));
    if (ItemLines.isWarning(r)) {
      out.append("<span class=\"tag\">warning</span>");
    }
    out.append("<span class=\"title\">").append(MarkupText.text(ReportText.line(r.item().title())))
        .append("</span><code class=\"id\">").append(MarkupText.text(r.item().id()))
        .append("</code><span class=\"metrics\">");
    r.metrics().forEach((name, value) -> out.append("<code>")
        .append(MarkupText.text(MetricValue.pair(ReportText.line(name), value))).append("</code>"));
    out.append("</span><span class=\"duration\">");
    if (r.startedAt() != null && !(r.item().check() instanceof Check.Manual)) {
      out.append(HumanDuration.format(r.duration()));
    }
    out.append("</span></div>\n");
    if (r.notice() != null) {
      out.append("<p class=\"manual notice\">").append(MarkupText.text(NoticeText.to(r.notice())))
          .append(":\n").append(MarkupText.text(ReportText.clean(r.notice().message()).strip()))
          .append("</p>\n");
    }
    if (status != Status.PASS) {
      details(r, checklist, out);
    } else {
      signoffs(r, out);
    }
    out.append("</li>\n");
  }

  /** Who signed (note, evidence, expiry) and who waived, until when and why. */
  private static void signoffs(ItemResult r, StringBuilder out) {
    if (r.signoffs().isEmpty() && r.waiver() == null) {
      return;
    }
    out.append("<ul class=\"signoffs\">");
    for (Signoff s : r.signoffs()) {
      out.append("<li>").append(MarkupText.text(SignoffText.signoff(s, " · "))).append("</li>");
    }
    if (r.waiver() != null) {
      out.append("<li class=\"waiver\">").append(MarkupText.text(SignoffText.waiver(r.waiver())))
          .append("</li>");
    }
    out.append("</ul>\n");
  }

  private static void details(ItemResult r, Path checklist, StringBuilder out) {
    if (!r.reasons().isEmpty()) {
      out.append("<ul class=\"reasons\">");
      for (String reason : r.reasons()) {
        out.append("<li>").append(MarkupText.text(ReportText.clean(reason).strip()))
            .append("</li>");
      }
      out.append("</ul>\n");
    }
    signoffs(r, out);
    if (r.status() == Status.PENDING && r.item().check() instanceof Check.Manual manual) {
      out.append("<p class=\"manual\">").append(MarkupText.text(manual.instructions().strip()))
          .append("<br>Sign off: <code>").append(MarkupText.text(SignoffText.hint(r, checklist)))
          .append("</code></p>\n");
    }
    boolean open = r.status() == Status.FAIL || r.status() == Status.ERROR;
    stream("stderr", OutputTail.of(r.stderr()), open, out);
    stream("stdout", OutputTail.of(r.stdout()), open, out);
  }

  /** A newline follows {@code <pre>} because parsers drop one there, and output may start blank. */
  private static void stream(String label, String tail, boolean open, StringBuilder out) {
    if (!tail.isEmpty()) {
      out.append("<details class=\"output\"").append(open ? " open" : "").append("><summary>")
          .append(label).append("</summary><pre>\n").append(MarkupText.text(tail))
          .append("</pre></details>\n");
    }
  }
}
