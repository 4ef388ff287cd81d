package dev.preflight.report;

import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Status;
import java.util.List;
import java.util.Map;

/**
 * The top of the html report, verdict, counts and the items that did not pass, as a fragment
 * that e-mail clients render: inline styles only (clients drop style sheets and scripts), a
 * table for the counts, no images. The full report stays the artifact; this is what lands in
 * an inbox.
 */
public final class HtmlSummary {
  private static final int MAX_ITEMS = 20;
  private static final String CELL = "padding:2px 10px;border:1px solid #d1d9e0;text-align:center";

  private HtmlSummary() {}

  /** @param link null, or where the whole report is */
  public static String render(RunResult run, String link) {
    String word = run.verdict().word();
    String colour = switch (word) {
      case "pass" -> "#1a7f37";
      case "pending" -> "#9a6700";
      default -> "#cf222e";
    };
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<title>").append(MarkupText.text(ReportText.line(run.checklist().name())))
        .append("</title></head>\n<body style=\"font:14px/1.5 -apple-system,'Segoe UI',")
        .append("Helvetica,Arial,sans-serif;color:#1f2328\">\n")
        .append("<p style=\"margin:0;font-weight:600;color:").append(colour).append("\">")
        .append(StatusMarks.verdict(word)).append(" Gate: ")
        .append(MarkupText.text(run.verdict().summary())).append("</p>\n")
        .append("<h1 style=\"font-size:20px;margin:4px 0 12px\">")
        .append(MarkupText.text(ReportText.line(run.checklist().name()))).append("</h1>\n");
    counts(run, out);
    problems(run.items(), out);
    out.append("<p style=\"color:#59636e;font-size:12px\">").append(MarkupText.text(facts(run)))
        .append("</p>\n");
    if (link != null) {
      out.append("<p><a href=\"").append(MarkupText.attribute(link))
          .append("\">Open the report</a></p>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  private static void counts(RunResult run, StringBuilder out) {
    Map<Status, Integer> counts = run.counts();
    out.append("<table style=\"border-collapse:collapse;margin:0 0 12px\"><tr>");
    for (Status s : StatusMarks.ORDER) {
      out.append("<th style=\"").append(CELL).append("\">").append(StatusMarks.emoji(s))
          .append(' ').append(s.label()).append("</th>");
    }
    out.append("<th style=\"").append(CELL).append("\">time</th></tr>\n<tr>");
    for (Status s : StatusMarks.ORDER) {
      out.append("<td style=\"").append(CELL).append("\">").append(counts.get(s)).append("</td>");
    }
    out.append("<td style=\"").append(CELL).append("\">")
        .append(HumanDuration.format(run.duration())).append("</td></tr></table>\n");
  }

  private static void problems(List<ItemResult> items, StringBuilder out) {
    List<ItemResult> shown = items.stream().filter(r -> r.status().blocksGate()).toList();
    if (shown.isEmpty()) {
      return;
    }
    out.append("<h2 style=\"font-size:16px;margin:12px 0 4px\">Did not pass</h2>\n<ul>\n");
    for (ItemResult r : shown.subList(0, Math.min(MAX_ITEMS, shown.size()))) {
      out.append("<li>").append(StatusMarks.emoji(r)).append(" <b>")
          .append(MarkupText.text(ReportText.line(r.item().title()))).append("</b> — ")
          .append(ItemLines.statusText(r));
      if (!r.reasons().isEmpty()) {
        out.append("<br>").append(MarkupText.text(ReportText.firstLine(r.reasons().get(0))));
      }
      String tail = lastLines(OutputTail.of(r.stderr()).isEmpty()
          ? OutputTail.of(r.stdout()) : OutputTail.of(r.stderr()));
      if (!tail.isEmpty()) {
        out.append("<pre style=\"margin:4px 0;padding:6px;background:#f6f8fa;")
            .append("font-size:12px;white-space:pre-wrap\">").append(MarkupText.text(tail))
            .append("</pre>");
      }
      out.append("</li>\n");
    }
    if (shown.size() > MAX_ITEMS) {
      out.append("<li>… and ").append(shown.size() - MAX_ITEMS).append(" more</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String lastLines(String tail) {
    List<String> lines = tail.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }

  private static String facts(RunResult run) {
    RunEnvironment env = run.environment();
    StringBuilder facts = new StringBuilder("started ").append(UtcTime.readable(run.startedAt()))
        .append(" · ").append(env.toolName()).append(' ').append(env.toolVersion());
    if (env.gitCommit() != null) {
      facts.append(" · commit ")
          .append(env.gitCommit(), 0, Math.min(12, env.gitCommit().length()))
          .append(env.gitBranch() == null ? "" : " on " + env.gitBranch());
    }
    return facts.toString();
  }
}
