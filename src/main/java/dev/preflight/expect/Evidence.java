package dev.preflight.expect;

import java.time.Duration;
import java.util.Map;

/**
 * What a finished command left to judge it by.
 *
 * @param parser the parser's name, or null, for messages such as {@code no value for 'coverage'
 *     in pytest output}
 */
public record Evidence(
    int exitCode,
    String stdout,
    String stderr,
    Duration duration,
    Map<String, Double> metrics,
    String parser) {}
