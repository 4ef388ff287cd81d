package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code markdown} report: the run as a document for a pull-request comment, a job summary
 * ({@code GITHUB_STEP_SUMMARY}) or a release record. The verdict and counts come first, since
 * most readers stop there; then the checklist with a heading per section and a task-list line
 * per item, ticked when it passed or was waived. Output of items that did not pass is folded
 * into {@code <details>}, so a long log does not bury the list.
 */
public final class MarkdownReport implements ReportFormat {

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public String render(RunResult run) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(StatusMarks.verdict(run.verdict().word())).append(' ')
        .append(MarkdownText.inline(run.checklist().name())).append("\n\n");
    int code = run.verdict().exitCode().code();
    out.append("**Gate: ").append(MarkdownText.inline(run.verdict().summary())).append("**")
        .append(code == 0 ? "" : " (exit " + code + ")").append("\n\n");
    summaryTable(run, out);
    out.append(facts(run)).append("\n");
    ResultTree tree = new ResultTree(run);
    for (Section section : run.checklist().sections()) {
      section(section, 2, tree, run.checklist().file(), out);
    }
    return out.toString();
  }

  private static void summaryTable(RunResult run, StringBuilder out) {
    Map<Status, Integer> counts = run.counts();
    StringJoiner head = new StringJoiner(" | ", "| ", " |\n");
    StringJoiner rule = new StringJoiner("|", "|", "|\n");
    StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
    for (Status s : StatusMarks.ORDER) {
      head.add(StatusMarks.emoji(s) + " " + s.label());
      rule.add(":-:");
      row.add(String.valueOf(counts.get(s)));
    }
    head.add("⏱️ time");
    rule.add(":-:");
    row.add(HumanDuration.format(run.duration()));
    out.append(head).append(rule).append(row).append('\n');
  }

  /** Where the verdict came from: the file, when, which preflight, which commit. */
  private static String facts(RunResult run) {
    RunEnvironment env = run.environment();
    List<String> facts = new ArrayList<>();
    if (run.checklist().file() != null) {
      facts.add(MarkdownText.code(run.checklist().file().toString().replace('\\', '/')));
    }
    facts.add("started " + UtcTime.readable(run.startedAt()));
    facts.add(env.toolName() + " " + MarkdownText.inline(env.toolVersion()));
    if (env.gitCommit() != null) {
      String commit = env.gitCommit().substring(0, Math.min(12, env.gitCommit().length()));
      facts.add("commit " + MarkdownText.code(commit)
          + (env.gitBranch() == null ? "" : " on " + MarkdownText.code(env.gitBranch())));
    }
    return String.join(" · ", facts) + "\n";
  }

  private static void section(Section section, int level, ResultTree tree, Path checklist,
      StringBuilder out) {
    Status rollUp = tree.rollUp(section);
    out.append("#".repeat(Math.min(6, level))).append(' ')
        .append(rollUp == null ? "" : StatusMarks.emoji(rollUp) + " ")
        .append(MarkdownText.inline(section.title())).append("\n\n");
    if (tree.allSkipped(section)) {
      out.append('_').append(MarkdownText.inline(tree.skippedLine(section))).append("_\n\n");
      return;
    }
    List<ItemResult> items = tree.direct(section);
    for (ItemResult r : items) {
      item(r, checklist, out);
    }
    if (!items.isEmpty() && !endsWithBlankLine(out)) {
      out.append('\n');
    }
    for (Section child : section.sections()) {
      section(child, level + 1, tree, checklist, out);
    }
  }

  private static void item(ItemResult r, Path checklist, StringBuilder out) {
    Status status = r.status();
    boolean done = status == Status.PASS || status == Status.WAIVED;
    String title = MarkdownText.inline(r.item().title());
    out.append(done ? "- [x] " : "- [ ] ").append(StatusMarks.emoji(r)).append(' ')
        .append(status.blocksGate() ? "**" + title + "**" : title)
        .append(" — ").append(ItemLines.statusText(r));
    if (r.startedAt() != null && !(r.item().check() instanceof Check.Manual)) {
      out.append(" · ").append(HumanDuration.format(r.duration()));
    }
    StringJoiner metrics = new StringJoiner(" ", " · ", "").setEmptyValue("");
    r.metrics().forEach(
        (name, value) -> metrics.add(MarkdownText.code(MetricValue.pair(name, value))));
    out.append(metrics).append('\n');
    if (r.notice() != null) {
      out.append("  - ").append(MarkdownText.inline(NoticeText.to(r.notice()))).append(':');
      for (String line : NoticeText.lines(r.notice())) {
        out.append("<br>").append(MarkdownText.inline(line));
      }
      out.append('\n');
    }
    if (status == Status.PASS) {
      signoffs(r, out);
      return;
    }
    for (String reason : r.reasons()) {
      for (String line : ReportText.clean(reason).split("\n")) {
        if (!line.isBlank()) {
          out.append("  - ").append(MarkdownText.inline(line)).append('\n');
        }
      }
    }
    signoffs(r, out);
    if (status == Status.PENDING && r.item().check() instanceof Check.Manual manual) {
      out.append("  - manual: ").append(MarkdownText.inline(manual.instructions()))
          .append(" → ").append(MarkdownText.code(SignoffText.hint(r, checklist))).append('\n');
    }
    output(r, out);
  }

  /** Who signed and who waived, one sub-item each, under the reasons they answer. */
  private static void signoffs(ItemResult r, StringBuilder out) {
    for (Signoff s : r.signoffs()) {
      out.append("  - ✍️ ").append(MarkdownText.inline(SignoffText.signoff(s, " · ")))
          .append('\n');
    }
    if (r.waiver() != null) {
      out.append("  - ").append(StatusMarks.emoji(Status.WAIVED)).append(' ')
          .append(MarkdownText.inline(SignoffText.waiver(r.waiver()))).append('\n');
    }
  }

  private static boolean endsWithBlankLine(StringBuilder out) {
    return out.length() >= 2 && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n';
  }

  /** The tails of stderr and stdout, folded, each in a fence no output line can close. */
  private static void output(ItemResult r, StringBuilder out) {
    String err = OutputTail.of(r.stderr());
    String std = OutputTail.of(r.stdout());
    if (err.isEmpty() && std.isEmpty()) {
      return;
    }
    out.append("\n  <details><summary>output</summary>\n\n");
    if (!err.isEmpty()) {
      out.append("  stderr:\n\n").append(MarkdownText.fenced(err, "  ")).append('\n');
    }
    if (!std.isEmpty()) {
      out.append("  stdout:\n\n").append(MarkdownText.fenced(std, "  ")).append('\n');
    }
    out.append("  </details>\n\n");
  }
}
