package dev.preflight.parse;

import java.util.List;
import java.util.Map;

/** Turns what a tool printed or wrote into named metrics (SPEC §5). One implementation per tool. */
public interface Parser {

  /** The name used in {@code parse:}. */
  String name();

  /**
   * @param sources one text per stream or report file, never empty
   * @param options parser settings from the checklist ({@code pattern}, {@code metrics.NAME}, …)
   * @return metrics in a stable, meaningful order
   */
  Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException;
}
