package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code github} report: GitHub Actions workflow commands. Each top-level section is a
 * collapsible {@code ::group::} in the job log with one line per item; an item that did not
 * pass also becomes an annotation, which GitHub lists on the run and the pull request:
 * {@code ::error} when it blocks the gate, {@code ::warning} for warning-severity items and
 * pending sign-offs, {@code ::notice} for waivers.
 *
 * <p>Text is escaped per GitHub's rules so no title or reason can end a command early or start
 * a new one: {@code %}, CR and LF in messages, and also {@code :} and {@code ,} in properties.
 * Plain lines always start (after indentation, which the runner ignores) with a mark of ours,
 * since the runner reads a line that starts with {@code ::} as a command.
 */
public final class GithubReport implements ReportFormat {
  private static final Glyphs GLYPHS = Glyphs.UNICODE;
  private static final int STATUS_WIDTH = "pending (warning)".length();

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String render(RunResult run) {
    ResultTree tree = new ResultTree(run);
    StringBuilder out = new StringBuilder();
    for (Section section : run.checklist().sections()) {
      out.append("::group::").append(data(ReportText.line(section.title()))).append('\n');
      items(section, 0, tree, run.checklist().file(), out);
      out.append("::endgroup::\n");
    }
    StringJoiner counts = new StringJoiner(GLYPHS.separator());
    for (Status s : StatusMarks.ORDER) {
      counts.add(run.counts().get(s) + " " + s.label());
    }
    int code = run.verdict().exitCode().code();
    out.append("preflight: ").append(counts).append(" in ")
        .append(HumanDuration.format(run.duration())).append('\n')
        .append("Gate: ").append(plain(run.verdict().summary()))
        .append(code == 0 ? "" : " (exit " + code + ")").append('\n');
    return out.toString();
  }

  /** Sub-sections have no group of their own (groups do not nest), only an indented heading. */
  private static void items(Section section, int depth, ResultTree tree, Path checklist,
      StringBuilder out) {
    String indent = "  ".repeat(depth);
    if (depth > 0) {
      out.append(indent, 2, indent.length()).append("▸ ").append(plain(section.title()))
          .append('\n');
    }
    if (tree.allSkipped(section)) {
      out.append(indent).append(GLYPHS.symbol(Status.SKIPPED)).append(' ')
          .append(plain(tree.skippedLine(section))).append('\n');
      return;
    }
    for (ItemResult r : tree.direct(section)) {
      String status = ItemLines.statusText(r);
      String duration = r.startedAt() == null ? "" : HumanDuration.format(r.duration());
      out.append(indent).append(GLYPHS.symbol(r.status())).append(' ')
          .append(status).append(" ".repeat(STATUS_WIDTH - status.length())).append(' ')
          .append(" ".repeat(Math.max(0, 6 - duration.length()))).append(duration).append("  ")
          .append(plain(r.item().title()));
      r.metrics().forEach((name, value) ->
          out.append("  ").append(MetricValue.pair(plain(name), value)));
      out.append('\n');
      if (r.notice() != null) {
        List<String> lines = NoticeText.lines(r.notice());
        out.append(indent).append("  ").append(plain(NoticeText.to(r.notice())
            + (lines.isEmpty() ? "" : ": " + String.join(" / ", lines)))).append('\n');
      }
      for (Signoff s : r.signoffs()) {
        out.append(indent).append("  ✍ ").append(plain(SignoffText.signoff(s, " · ")))
            .append('\n');
      }
      annotation(r, checklist, out);
    }
    for (Section child : section.sections()) {
      items(child, depth + 1, tree, checklist, out);
    }
  }

  private static void annotation(ItemResult r, Path checklist, StringBuilder out) {
    Status status = r.status();
    String command;
    if (status == Status.WAIVED) {
      command = "notice";
    } else if (!status.blocksGate()) {
      return;
    } else if (r.item().severity() == Severity.WARNING || status == Status.PENDING) {
      command = "warning";
    } else {
      command = "error";
    }
    StringBuilder message = new StringBuilder(status.label());
    for (String reason : r.reasons()) {
      message.append('\n').append(ReportText.clean(reason).strip());
    }
    if (r.waiver() != null) {
      message.append('\n').append(SignoffText.waiver(r.waiver()));
    }
    if (status == Status.PENDING && r.item().check() instanceof Check.Manual manual) {
      message.append("\nmanual: ").append(ReportText.clean(manual.instructions()).strip())
          .append("\nsign off with: ").append(SignoffText.hint(r, checklist));
    }
    out.append("::").append(command).append(" title=")
        .append(property(ReportText.line(r.item().title()))).append("::")
        .append(data(message.toString())).append('\n');
  }

  /** A log line's text: one line, and no {@code ##[} for the runner's older command syntax. */
  private static String plain(String text) {
    return ReportText.line(text).replace("##[", "#\u200b#[");
  }

  /** GitHub's escaping of a command's message. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub's escaping of a command property such as {@code title=}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
