package dev.preflight.author;

import java.util.Map;
import java.util.Optional;

/**
 * Where each metric a threshold can name is measured, and how {@code import} suggests measuring
 * it when the checklist names no command. The one table to change when a new way to measure
 * arrives: a probe row with {@code available} true makes {@code import} write the probe item
 * itself instead of a manual item with a TODO.
 *
 * @see Thresholds
 */
final class MetricSources {
  /**
   * @param parser the parser that yields the metric, or null when a probe measures it
   * @param probe the probe kind that yields the metric, or null
   * @param suggestion what to write, shown in the TODO of a manual item
   * @param available whether this version of the loader accepts the probe
   */
  record Source(String parser, String probe, String suggestion, boolean available) {}

  private static final Map<String, Source> BY_METRIC = Map.of(
      "coverage", new Source("coverage", null,
          "run: python -m pytest --cov --cov-report=term, parse: coverage", true),
      "high", new Source("bandit", null, "run: bandit -r . (or the make target that runs it),"
          + " parse: bandit", true),
      // The http probe measures these. Until this version of the loader accepts http:,
      // import writes a manual item carrying the threshold and a TODO with the probe to write.
      "p95_ms", new Source(null, "http",
          "http: {url: SERVICE_URL, samples: 200, concurrency: 20}", false),
      "error_rate", new Source(null, "http",
          "http: {url: SERVICE_URL, samples: 200, concurrency: 20}", false));

  private MetricSources() {}

  static Optional<Source> of(String metric) {
    return Optional.ofNullable(BY_METRIC.get(metric));
  }
}
