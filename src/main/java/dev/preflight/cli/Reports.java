package dev.preflight.cli;

import dev.preflight.model.RunResult;
import dev.preflight.report.ReportFormat;
import dev.preflight.report.ReportFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine reports of one run: those asked for with {@code --report}, plus what CI expects
 * unasked: under GitHub Actions the {@code github} annotations on stdout (when nothing else
 * claims it) and the Markdown report appended to {@code GITHUB_STEP_SUMMARY}.
 */
final class Reports {
  private final Context ctx;
  private final List<ReportRequest> requests;

  private Reports(Context ctx, List<ReportRequest> requests) {
    this.ctx = ctx;
    this.requests = requests;
  }

  static Reports of(Context ctx, List<ReportRequest> asked) {
    List<ReportRequest> requests = new ArrayList<>(asked);
    boolean onGithub = "true".equals(ctx.env().get("GITHUB_ACTIONS"));
    if (onGithub && asked.stream().noneMatch(ReportRequest::toStdout)) {
      requests.add(new ReportRequest("github", "-"));
    }
    return new Reports(ctx, requests);
  }

  /** Whether a report claims standard output, so the terminal report must use stderr. */
  boolean takeStdout() {
    return requests.stream().anyMatch(ReportRequest::toStdout);
  }

  /** What is wrong with the requests, or null; checked before anything runs. */
  String problem() {
    if (requests.stream().filter(ReportRequest::toStdout).count() > 1) {
      return "only one --report can write to standard output ('-')";
    }
    for (ReportRequest r : requests) {
      if (ReportFormats.named(r.format()).isEmpty()) {
        return "unknown report format '" + r.format() + "' in --report " + r.format() + "="
            + r.path() + " (known: " + String.join(", ", ReportFormats.names()) + ")";
      }
      if (!r.toStdout() && !AtomicFiles.canCreate(ctx.cwd().resolve(r.path()))) {
        return "cannot write --report " + r.format() + "=" + r.path()
            + ": its directory is not writable";
      }
    }
    return null;
  }

  /** Writes every report; false (after saying why on stderr) when one could not be written. */
  boolean write(RunResult run) {
    boolean ok = true;
    for (ReportRequest r : requests) {
      String text = ReportFormats.named(r.format()).map(f -> f.render(run)).orElseThrow();
      if (r.toStdout()) {
        ctx.out().print(text);
        ctx.out().flush();
        continue;
      }
      try {
        AtomicFiles.write(ctx.cwd().resolve(r.path()), text);
      } catch (IOException e) {
        ctx.err().println("preflight: cannot write " + r.format() + " report to " + r.path()
            + ": " + e.getMessage());
        ok = false;
      }
    }
    return appendStepSummary(run) && ok;
  }

  /** GitHub shows this file on the run's summary page; it is appended to, never replaced. */
  private boolean appendStepSummary(RunResult run) {
    String summary = ctx.env().get("GITHUB_STEP_SUMMARY");
    if (summary == null || summary.isBlank()) {
      return true;
    }
    ReportFormat markdown = ReportFormats.named("markdown").orElseThrow();
    try {
      Files.writeString(Path.of(summary), markdown.render(run) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return true;
    } catch (IOException e) {
      ctx.err().println("preflight: cannot append to GITHUB_STEP_SUMMARY (" + summary + "): "
          + e.getMessage());
      return false;
    }
  }
}
