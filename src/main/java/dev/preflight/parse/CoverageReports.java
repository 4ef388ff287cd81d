package dev.preflight.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** The machine-readable coverage formats: coverage.py JSON, Cobertura XML, JaCoCo XML and CSV. */
final class CoverageReports {
  private CoverageReports() {}

  /** coverage.py {@code coverage json}: the {@code totals} object. */
  static Optional<CoverageTotals> json(String text, Source source) throws ParseException {
    JsonDocument totals =
        JsonDocument.parse(text).map(doc -> doc.get("totals")).orElse(null);
    if (totals == null || !totals.isObject()) {
      return Optional.empty();
    }
    JsonDocument percent = totals.get("percent_covered");
    if (!percent.isNumber()) {
      throw new ParseException(source.name() + ": totals.percent_covered is not a number");
    }
    JsonDocument branches = totals.get("num_branches");
    return Optional.of(
        new CoverageTotals(
            percent.asDouble(),
            totals.get("covered_lines").asDouble(),
            totals.get("num_statements").asDouble(),
            branches.isNumber() ? totals.get("covered_branches").asDouble() : null,
            branches.isNumber() ? branches.asDouble() : null));
  }

  /** Cobertura ({@code <coverage>}) or JaCoCo ({@code <report>}) XML. */
  static Optional<CoverageTotals> xml(String text, Source source) throws ParseException {
    Optional<Element> found = XmlDocument.root(text, source);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Element root = found.get();
    return switch (root.getTagName()) {
      case "coverage" -> Optional.of(cobertura(root, source));
      case "report" -> jacocoXml(root, source);
      default -> Optional.empty();
    };
  }

  private static CoverageTotals cobertura(Element root, Source source) throws ParseException {
    Optional<Double> valid = XmlDocument.number(root, "lines-valid", source);
    Optional<Double> covered = XmlDocument.number(root, "lines-covered", source);
    Optional<Double> branchesValid = XmlDocument.number(root, "branches-valid", source);
    Optional<Double> branchesCovered = XmlDocument.number(root, "branches-covered", source);
    // coverage.py writes branches-valid="0" when it did not measure branches: no branch figure.
    boolean branches = branchesValid.orElse(0.0) > 0 && branchesCovered.isPresent();
    if (valid.isPresent() && covered.isPresent()) {
      return CoverageTotals.fromCounts(
          covered.get(), valid.get(),
          branches ? branchesCovered.get() : null, branches ? branchesValid.get() : null);
    }
    Optional<Double> lineRate = XmlDocument.number(root, "line-rate", source);
    if (lineRate.isEmpty()) {
      throw new ParseException(source.name() + ": Cobertura root has neither lines-valid nor line-rate");
    }
    Optional<Double> branchRate = XmlDocument.number(root, "branch-rate", source);
    // Only rates: express the branch rate as covered out of 100 so branchPercent() returns it.
    return new CoverageTotals(
        100 * lineRate.get(), null, null,
        branchRate.map(r -> 100 * r).orElse(null), branchRate.isPresent() ? 100.0 : null);
  }

  private static Optional<CoverageTotals> jacocoXml(Element report, Source source)
      throws ParseException {
    double[] lines = null;
    double[] branches = null;
    // only the report's own counters: the ones under <package> and <class> are partial sums
    for (Element counter : XmlDocument.children(report, "counter")) {
      double[] missedCovered = {
        XmlDocument.number(counter, "missed", source).orElse(0.0),
        XmlDocument.number(counter, "covered", source).orElse(0.0)
      };
      switch (counter.getAttribute("type")) {
        case "LINE" -> lines = missedCovered;
        case "BRANCH" -> branches = missedCovered;
        default -> { }
      }
    }
    if (lines == null) {
      return Optional.empty();
    }
    return Optional.of(
        CoverageTotals.fromCounts(
            lines[1], lines[0] + lines[1],
            branches == null ? null : branches[1],
            branches == null ? null : branches[0] + branches[1]));
  }

  /** JaCoCo CSV: one row per class; the totals are the column sums. */
  static Optional<CoverageTotals> jacocoCsv(String text, Source source) throws ParseException {
    List<String> rows = text.lines().filter(l -> !l.isBlank()).toList();
    List<String> header = Arrays.asList(rows.get(0).split(","));
    double[] sums = new double[header.size()];
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      for (int i = 3; i < Math.min(cells.length, sums.length); i++) {
        int column = i;
        sums[i] += ToolText.number(cells[i]).orElseThrow(
            () -> new ParseException(source.name() + ": \"" + cells[column] + "\" in column "
                + header.get(column) + " is not a number"));
      }
    }
    int lineMissed = header.indexOf("LINE_MISSED");
    int lineCovered = header.indexOf("LINE_COVERED");
    int branchMissed = header.indexOf("BRANCH_MISSED");
    int branchCovered = header.indexOf("BRANCH_COVERED");
    if (lineMissed < 0 || lineCovered < 0) {
      throw new ParseException(source.name() + ": JaCoCo CSV without LINE_MISSED/LINE_COVERED");
    }
    boolean branches = branchMissed >= 0 && branchCovered >= 0;
    return Optional.of(
        CoverageTotals.fromCounts(
            sums[lineCovered], sums[lineMissed] + sums[lineCovered],
            branches ? sums[branchCovered] : null,
            branches ? sums[branchMissed] + sums[branchCovered] : null));
  }
}
