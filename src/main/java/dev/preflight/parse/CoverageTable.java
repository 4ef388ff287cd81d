package dev.preflight.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * coverage.py's terminal report ({@code coverage report}, pytest-cov {@code --cov-report=term}):
 * the last {@code TOTAL} row, with or without the {@code Branch BrPart} columns, and pytest-cov's
 * {@code Total coverage: 77.91%} line from {@code --cov-fail-under}. See {@link CoverageParser}
 * for which figure becomes {@code coverage}.
 */
final class CoverageTable {
  private static final Pattern TOTAL =
      Pattern.compile(
          "^TOTAL\\s+(?<stmts>\\d+)\\s+(?<miss>\\d+)(?:\\s+(?<branch>\\d+)\\s+(?<part>\\d+))?"
              + "\\s+(?<pc>\\d+(?:\\.\\d+)?)%",
          Pattern.MULTILINE);
  private static final Pattern FAIL_UNDER =
      Pattern.compile("Total coverage: (\\d+(?:\\.\\d+)?)%");

  private CoverageTable() {}

  static Optional<CoverageTotals> read(String text) {
    Matcher total = ToolText.lastMatch(TOTAL, text);
    Matcher failUnder = ToolText.lastMatch(FAIL_UNDER, text);
    Double twoDecimals = failUnder == null ? null : Double.valueOf(failUnder.group(1));
    if (total == null) {
      return twoDecimals == null
          ? Optional.empty()
          : Optional.of(new CoverageTotals(twoDecimals, null, null, null, null));
    }
    double stmts = Double.parseDouble(total.group("stmts"));
    double covered = stmts - Double.parseDouble(total.group("miss"));
    if (total.group("branch") == null) {
      return Optional.of(CoverageTotals.fromCounts(covered, stmts, null, null));
    }
    double printed = Double.parseDouble(total.group("pc"));
    double percent = twoDecimals != null ? twoDecimals : printed;
    return Optional.of(new CoverageTotals(percent, covered, stmts, null, null));
  }
}
