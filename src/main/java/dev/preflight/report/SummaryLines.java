package dev.preflight.report;

import dev.preflight.model.RunResult;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The last two lines of the terminal report: counts per status with the total time, and the
 * gate verdict with its exit code, so a reader of a CI log sees why the job failed.
 */
final class SummaryLines {
  /** SPEC §7's order; blocked and waived only appear when something has that status. */
  private static final List<Status> ORDER = List.of(
      Status.PASS, Status.FAIL, Status.ERROR, Status.BLOCKED, Status.PENDING, Status.SKIPPED,
      Status.WAIVED);

  private final Style style;
  private final int width;

  SummaryLines(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  void render(RunResult run, StringBuilder out) {
    Map<Status, Integer> counts = run.counts();
    StringJoiner plain = new StringJoiner(style.glyphs().separator());
    StringJoiner painted = new StringJoiner(style.glyphs().separator());
    for (Status s : ORDER) {
      int n = counts.get(s);
      if (n == 0 && (s == Status.BLOCKED || s == Status.WAIVED)) {
        continue;
      }
      String text = n + " " + s.label();
      plain.add(text);
      painted.add(n == 0 ? style.dim(text) : style.status(s, text));
    }
    String time = "in " + HumanDuration.format(run.duration());
    int gap = width - Cells.width(plain.toString()) - time.length();
    out.append(painted).append(" ".repeat(Math.max(2, gap))).append(time).append('\n');
    out.append(gate(run.verdict())).append('\n');
  }

  private String gate(Verdict verdict) {
    int code = verdict.exitCode().code();
    String text = "Gate: " + style.glyphs().fit(verdict.summary())
        + (code == 0 ? "" : " (exit " + code + ")");
    return switch (verdict.word()) {
      case "pass" -> style.bold(style.status(Status.PASS, text));
      case "pending" -> style.bold(style.status(Status.PENDING, text));
      default -> style.bold(style.status(Status.FAIL, text));
    };
  }
}
