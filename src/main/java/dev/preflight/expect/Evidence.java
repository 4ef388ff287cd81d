package dev.preflight.expect;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What a finished command left to judge it by.
 *
 * @param parser the parser's name, or null, for messages such as {@code no value for 'coverage'
 *     in pytest output}
 * @param ranExitCodes the exit codes implied when no condition names {@code exit_code}: only 0,
 *     or the codes with which the parser's tool ran, when the conditions test its metrics
 */
public record Evidence(
    int exitCode,
    String stdout,
    String stderr,
    Duration duration,
    Map<String, Double> metrics,
    String parser,
    Set<Integer> ranExitCodes) {

  public Evidence {
    ranExitCodes = Set.copyOf(ranExitCodes);
  }

  /** Evidence that implies {@code exit_code == 0}. */
  public Evidence(int exitCode, String stdout, String stderr, Duration duration,
      Map<String, Double> metrics, String parser) {
    this(exitCode, stdout, stderr, duration, metrics, parser, Set.of(0));
  }
}
