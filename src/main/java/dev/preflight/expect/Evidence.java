package dev.preflight.expect;

import java.time.Duration;
import java.util.Map;

/**
 * What a finished command or probe left to judge it by.
 *
 * @param parser the parser's name, or null, for messages such as {@code no value for 'coverage'
 *     in pytest output}
 * @param texts text subjects other than the streams, e.g. a probe's {@code body}
 */
public record Evidence(
    int exitCode,
    String stdout,
    String stderr,
    Duration duration,
    Map<String, Double> metrics,
    String parser,
    Map<String, String> texts) {

  public Evidence {
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }

  public Evidence(int exitCode, String stdout, String stderr, Duration duration,
      Map<String, Double> metrics, String parser) {
    this(exitCode, stdout, stderr, duration, metrics, parser, Map.of());
  }
}
