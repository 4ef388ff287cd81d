package dev.preflight.report;

import java.util.List;
import java.util.Optional;

/**
 * The machine report formats by name, for {@code --report FORMAT=PATH}. A new format is one
 * file implementing {@link ReportFormat} plus one entry here.
 */
public final class ReportFormats {
  private static final List<ReportFormat> ALL = List.of(
      new JsonReport(), new JunitReport(), new MarkdownReport(), new HtmlReport(),
      new GithubReport());

  private ReportFormats() {}

  public static Optional<ReportFormat> named(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Every registered name, for help texts and "did you mean" hints. */
  public static List<String> names() {
    return ALL.stream().map(ReportFormat::name).toList();
  }
}
