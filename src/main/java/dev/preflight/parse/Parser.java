package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Every metric this parser can yield with these options, so that {@code validate} can name a
   * condition whose subject no output of the tool could ever answer. Empty when the parser
   * cannot know before it runs.
   */
  default Set<String> metricNames(Map<String, String> options) {
    return Set.of();
  }

  /**
   * The exit codes with which the tool ran and reported what it found, implied instead of
   * {@code exit_code == 0} when the item's conditions test this parser's metrics and none names
   * {@code exit_code} (flake8 exits 1 when it found issues; pylint's code is a bit mask of the
   * kinds of message it printed). Default: only 0.
   */
  default Set<Integer> ranExitCodes() {
    return Set.of(0);
  }

  /**
   * Where the parser reads when the checklist does not say ({@code from:}): where its tool
   * really writes its results. {@code output} for tools that report on stderr (jest's summary,
   * go vet, clippy, cargo's compile errors). Default: {@code stdout}.
   */
  default String defaultFrom() {
    return "stdout";
  }
}
