package dev.preflight.report;

import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code html} report: one self-contained page to attach to a release or open from a CI
 * artifact. Styles and script are inline and a Content-Security-Policy forbids every fetch, so
 * the file works offline and cannot leak anything when opened. The page reads fully without
 * script (sections are {@code <details>}); the script only adds the status filter buttons,
 * which also follow the URL ({@code #filter=fail,error}) so a filtered view can be linked.
 */
public final class HtmlReport implements ReportFormat {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";
  private static final String ATTENTION = "fail,error,blocked,pending";

  @Override
  public String name() {
    return "html";
  }

  @Override
  public String render(RunResult run) {
    RunEnvironment env = run.environment();
    String name = ReportText.line(run.checklist().name());
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
        .append("\">\n")
        .append("<meta name=\"generator\" content=\"").append(MarkupText.attribute(
            env.toolName() + " " + env.toolVersion())).append("\">\n")
        .append("<title>").append(StatusMarks.verdict(run.verdict().word())).append(' ')
        .append(MarkupText.text(name)).append(" · preflight</title>\n")
        .append("<style>").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
    header(run, name, out);
    filters(run.counts(), out);
    out.append("<main>\n");
    ResultTree tree = new ResultTree(run);
    for (Section section : run.checklist().sections()) {
      section(section, 2, tree, run.checklist().file(), out);
    }
    out.append("<p class=\"empty\" hidden>No item has this status.</p>\n</main>\n")
        .append("<footer>").append(MarkupText.text(facts(run))).append("</footer>\n")
        .append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void header(RunResult run, String name, StringBuilder out) {
    String word = run.verdict().word();
    int code = run.verdict().exitCode().code();
    out.append("<header class=\"run verdict-").append(MarkupText.attribute(word)).append("\">\n")
        .append("<p class=\"gate\"><span class=\"mark\">").append(StatusMarks.verdict(word))
        .append("</span> Gate: ").append(MarkupText.text(run.verdict().summary()))
        .append(code == 0 ? "" : " <span class=\"exit\">exit " + code + "</span>").append("</p>\n")
        .append("<h1>").append(MarkupText.text(name)).append("</h1>\n")
        .append("<ul class=\"counts\">");
    Map<Status, Integer> counts = run.counts();
    for (Status s : StatusMarks.ORDER) {
      out.append("<li class=\"chip s-").append(s.label()).append(counts.get(s) == 0 ? " zero" : "")
          .append("\"><b>").append(counts.get(s)).append("</b> ").append(s.label()).append("</li>");
    }
    out.append("<li class=\"chip time\"><b>").append(HumanDuration.format(run.duration()))
        .append("</b> total</li></ul>\n</header>\n");
  }

  /** Hidden until the script runs, since without it the buttons could do nothing. */
  private static void filters(Map<Status, Integer> counts, StringBuilder out) {
    int attention = 0;
    for (String s : ATTENTION.split(",")) {
      attention += counts.get(Status.valueOf(s.toUpperCase(Locale.ROOT)));
    }
    out.append("<nav class=\"filters\" aria-label=\"Show items by status\" hidden>\n");
    button("all", "All", counts.values().stream().mapToInt(Integer::intValue).sum(), out);
    button(ATTENTION, "Needs attention", attention, out);
    for (Status s : StatusMarks.ORDER) {
      if (counts.get(s) > 0) {
        button(s.label(), s.label(), counts.get(s), out);
      }
    }
    out.append("</nav>\n");
  }

  private static void button(String filter, String label, int count, StringBuilder out) {
    out.append("<button type=\"button\" data-filter=\"").append(filter).append("\">")
        .append(label).append(" <span class=\"n\">").append(count).append("</span></button>\n");
  }

  private static void section(Section section, int level, ResultTree tree, Path checklist,
      StringBuilder out) {
    Status rollUp = tree.rollUp(section);
    String heading = "h" + Math.min(6, level);
    out.append("<details class=\"section\" open><summary>");
    if (rollUp != null) {
      out.append(badge(rollUp));
    }
    out.append('<').append(heading).append('>')
        .append(MarkupText.text(ReportText.line(section.title())))
        .append("</").append(heading).append("><span class=\"tally\">");
    Map<Status, Integer> counts = tree.counts(section);
    for (Status s : StatusMarks.ORDER) {
      if (counts.get(s) > 0) {
        out.append("<span class=\"chip s-").append(s.label()).append("\">").append(counts.get(s))
            .append(' ').append(s.label()).append("</span>");
      }
    }
    out.append("</span></summary>\n");
    if (tree.allSkipped(section)) {
      // one line for the lot, still an item so the status filter finds it
      out.append("<ol class=\"items\">\n")
          .append("<li class=\"item s-skipped folded\" data-status=\"skipped\">")
          .append("<div class=\"line\">").append(badge(Status.SKIPPED))
          .append("<span class=\"title\">").append(MarkupText.text(tree.skippedLine(section)))
          .append("</span></div></li>\n</ol>\n</details>\n");
      return;
    }
    List<ItemResult> items = tree.direct(section);
    if (!items.isEmpty()) {
      out.append("<ol class=\"items\">\n");
      items.forEach(r -> HtmlItem.render(r, checklist, out));
      out.append("</ol>\n");
    }
    for (Section child : section.sections()) {
      section(child, level + 1, tree, checklist, out);
    }
    out.append("</details>\n");
  }

  static String badge(Status status) {
    return "<span class=\"badge s-" + status.label() + "\">" + status.label() + "</span>";
  }

  private static String facts(RunResult run) {
    RunEnvironment env = run.environment();
    List<String> facts = new ArrayList<>();
    if (run.checklist().file() != null) {
      facts.add(run.checklist().file().toString().replace('\\', '/'));
    }
    facts.add("started " + UtcTime.readable(run.startedAt()));
    facts.add(env.toolName() + " " + env.toolVersion());
    if (env.gitCommit() != null) {
      facts.add("commit " + env.gitCommit().substring(0, Math.min(12, env.gitCommit().length()))
          + (env.gitBranch() == null ? "" : " on " + env.gitBranch()));
    }
    facts.add(env.os());
    facts.add("Java " + env.javaVersion());
    return String.join(" · ", facts);
  }
}
