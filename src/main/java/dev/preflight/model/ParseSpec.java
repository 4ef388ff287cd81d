package dev.preflight.model;

import java.util.Map;

/**
 * Which parser turns an item's output into metrics ({@code parse:}, SPEC §5).
 *
 * @param parser the parser's registered name, e.g. {@code pytest}
 * @param from {@code stdout}, {@code stderr}, {@code output}, or a path/glob relative to the
 *     item's workdir; null when the checklist names none, so the parser reads where its tool
 *     puts its results
 * @param options parser-specific settings: {@code pattern} for regex, {@code metrics.NAME} JSON
 *     pointers for json
 */
public record ParseSpec(String parser, String from, Map<String, String> options) {
  public ParseSpec {
    // sorted, so that the record prints the same in every JVM (Map.copyOf's order is not)
    options = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(options));
  }

  public static ParseSpec of(String parser) {
    return new ParseSpec(parser, null, Map.of());
  }
}
