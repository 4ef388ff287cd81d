package dev.preflight.parse;

import java.util.List;

/**
 * What one coverage report says about the whole project. Any part may be {@code null} when the
 * format does not carry it (coverage.py's terminal table has no branch hit count; pytest-cov's
 * {@code Total coverage:} line has only the percentage).
 *
 * @param percent the report's headline figure, 0–100
 */
record CoverageTotals(
    Double percent,
    Double linesCovered,
    Double linesTotal,
    Double branchesCovered,
    Double branchesTotal) {

  /** Lines (and branches, when counted) together; for formats whose headline is line coverage. */
  static CoverageTotals fromCounts(
      double linesCovered, double linesTotal, Double branchesCovered, Double branchesTotal) {
    return new CoverageTotals(
        ToolText.percent(linesCovered, linesTotal),
        linesCovered, linesTotal, branchesCovered, branchesTotal);
  }

  Double branchPercent() {
    return branchesTotal == null ? null : ToolText.percent(branchesCovered, branchesTotal);
  }

  /**
   * Several reports (e.g. one JaCoCo file per module) as one: counts are summed and the headline
   * becomes line coverage over all of them, the only figure every format can be summed into.
   */
  static CoverageTotals combine(List<CoverageTotals> reports, List<Source> sources)
      throws ParseException {
    if (reports.size() == 1) {
      return reports.get(0);
    }
    double covered = 0;
    double total = 0;
    double branchesCovered = 0;
    double branchesTotal = 0;
    boolean allBranches = true;
    for (int i = 0; i < reports.size(); i++) {
      CoverageTotals r = reports.get(i);
      if (r.linesTotal == null) {
        throw new ParseException(
            "cannot add up coverage of several reports: "
                + sources.get(i).name() + " has no line counts");
      }
      covered += r.linesCovered;
      total += r.linesTotal;
      allBranches &= r.branchesTotal != null;
      if (r.branchesTotal != null) {
        branchesCovered += r.branchesCovered;
        branchesTotal += r.branchesTotal;
      }
    }
    return allBranches
        ? fromCounts(covered, total, branchesCovered, branchesTotal)
        : fromCounts(covered, total, null, null);
  }
}
