package dev.preflight.report;

import dev.preflight.model.RunResult;

/** One machine-readable report format, chosen by name with {@code --report NAME=PATH}. */
public interface ReportFormat {
  String name();

  String render(RunResult result);
}
