package dev.preflight.run;

import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.parse.Parser;
import dev.preflight.parse.Parsers;
import java.util.Set;

/**
 * The exit codes an item may end with when no condition names {@code exit_code} (SPEC §4): 0,
 * unless the conditions test the metrics of a tool that exits non-zero to report findings. Then
 * the parser's "it ran" codes stand instead (flake8 exits 1 when it found issues; pylint's code
 * is a bit mask of the kinds of message it printed), so that {@code issues < 10} or
 * {@code score > 8} decide and a crash or bad usage still fails.
 */
final class ImpliedExitCodes {
  private static final Set<Integer> ZERO = Set.of(0);

  private ImpliedExitCodes() {}

  static Set<Integer> of(Item item) {
    if (item.parse() == null || item.expect().stream().anyMatch(Condition::isAboutExitCode)) {
      return ZERO;
    }
    Parser parser = Parsers.byName(item.parse().parser()).orElse(null);
    if (parser == null) {
      return ZERO;
    }
    Set<String> metrics = parser.metricNames(item.parse().options());
    boolean testsMetrics =
        item.expect().stream().anyMatch(c -> metrics.contains(c.subject()));
    return testsMetrics ? parser.ranExitCodes() : ZERO;
  }
}
