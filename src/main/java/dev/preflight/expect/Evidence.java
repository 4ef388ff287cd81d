package dev.preflight.expect;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What a finished command or probe left to judge it by.
 *
 * @param parser the parser's name, or null, for messages such as {@code no value for 'coverage'
 *     in pytest output}
 * @param ranExitCodes the exit codes implied when no condition names {@code exit_code}: only 0,
 *     or the codes with which the parser's tool ran, when the conditions test its metrics
 * @param texts text subjects other than the streams, e.g. a probe's {@code body}
 */
public record Evidence(
    int exitCode,
    String stdout,
    String stderr,
    Duration duration,
    Map<String, Double> metrics,
    String parser,
    Set<Integer> ranExitCodes,
    Map<String, String> texts) {

  public Evidence {
    ranExitCodes = Set.copyOf(ranExitCodes);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }

  /** Evidence that implies {@code exit_code == 0}, with no text subjects but the streams. */
  public Evidence(int exitCode, String stdout, String stderr, Duration duration,
      Map<String, Double> metrics, String parser) {
    this(exitCode, stdout, stderr, duration, metrics, parser, Set.of(0), Map.of());
  }
}
