package dev.preflight.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's coverage: a cover profile ({@code go test -coverprofile=cover.out}: {@code mode: set},
 * then {@code file:start,end statements count} per block) or {@code go tool cover -func}'s
 * table, whose last line is {@code total: (statements) 87.5%}.
 *
 * <p>From a profile, {@code coverage} is covered statements / statements, exactly as
 * {@code go tool cover} computes it; a block listed twice (profiles merged from several runs,
 * {@code -coverpkg}) counts once, covered if any run covered it. {@code lines_covered} and
 * {@code lines_total} count statements. The {@code -func} table has only the rounded percentage.
 * Go measures no branches.
 */
final class GoCoverage {
  private static final Pattern BLOCK =
      Pattern.compile("^(.+:\\d+\\.\\d+,\\d+\\.\\d+) (\\d+) (\\d+)$", Pattern.MULTILINE);
  private static final Pattern FUNC_TOTAL =
      Pattern.compile("^total:\\s+\\(statements\\)\\s+(\\d+(?:\\.\\d+)?)%\\s*$", Pattern.MULTILINE);

  private GoCoverage() {}

  static boolean isProfile(String head) {
    return head.startsWith("mode: ");
  }

  static Optional<CoverageTotals> profile(String text) {
    Map<String, long[]> blocks = new LinkedHashMap<>(); // block -> {statements, covered?}
    Matcher m = BLOCK.matcher(text);
    while (m.find()) {
      long statements = Long.parseLong(m.group(2));
      long hit = Long.parseLong(m.group(3)) > 0 ? 1 : 0;
      blocks.merge(m.group(1), new long[] {statements, hit},
          (a, b) -> new long[] {a[0], Math.max(a[1], b[1])});
    }
    double total = 0;
    double covered = 0;
    for (long[] block : blocks.values()) {
      total += block[0];
      covered += block[1] * block[0];
    }
    return Optional.of(CoverageTotals.fromCounts(covered, total, null, null));
  }

  static Optional<CoverageTotals> func(String text) {
    Matcher total = ToolText.lastMatch(FUNC_TOTAL, text);
    return total == null ? Optional.empty()
        : Optional.of(new CoverageTotals(Double.valueOf(total.group(1)), null, null, null, null));
  }
}
