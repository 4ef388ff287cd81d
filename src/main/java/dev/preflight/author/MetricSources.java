package dev.preflight.author;

import java.util.Map;
import java.util.Optional;

/**
 * Where each metric a threshold can name is measured, and how {@code import} measures it when
 * the checklist names no command: a probe row makes {@code import} write the probe item itself;
 * a parser row leaves a manual item with a TODO naming the command and parser to add.
 *
 * @see Thresholds
 */
final class MetricSources {
  /**
   * @param parser the parser that yields the metric, or null when a probe measures it
   * @param probe the probe kind that yields the metric, or null
   * @param suggestion what to write: the probe's line, or the command for a TODO
   */
  record Source(String parser, String probe, String suggestion) {}

  private static final String HTTP =
      "http: {url: \"{{ service_url }}\", samples: 200, concurrency: 20}";

  private static final Map<String, Source> BY_METRIC = Map.of(
      "coverage", new Source("coverage", null,
          "run: python -m pytest --cov --cov-report=term, parse: coverage"),
      "high", new Source("bandit", null, "run: bandit -r . (or the make target that runs it),"
          + " parse: bandit"),
      "p95_ms", new Source(null, "http", HTTP),
      "error_rate", new Source(null, "http", HTTP));

  private MetricSources() {}

  static Optional<Source> of(String metric) {
    return Optional.ofNullable(BY_METRIC.get(metric));
  }
}
