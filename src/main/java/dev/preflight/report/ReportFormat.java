package dev.preflight.report;

import dev.preflight.model.RunResult;

/**
 * A machine report ({@code --report NAME=PATH}, SPEC §8). Formats only render; where the text
 * goes (file written atomically, stdout) and the exit code are decided elsewhere.
 */
public interface ReportFormat {

  /** The name users pass to {@code --report}, e.g. {@code json}. */
  String name();

  /** The whole report for a finished or interrupted run. */
  String render(RunResult run);
}
