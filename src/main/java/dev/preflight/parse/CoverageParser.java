package dev.preflight.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coverage totals from coverage.py's terminal table (also as pytest-cov prints it), coverage.py
 * JSON, Cobertura XML, JaCoCo XML or JaCoCo CSV, Istanbul's {@code coverage-summary.json}
 * ({@link IstanbulSummary}) or Go's cover profile and {@code go tool cover -func} table
 * ({@link GoCoverage}); the format is recognised from the content.
 *
 * <p>{@code coverage} is the exact figure whenever the report allows it, never the rounded one
 * a table shows (coverage.py prints 79.63% as "80%", and never rounds up to 100% or down to 0%):
 *
 * <ul>
 *   <li>coverage.py table without branch columns: 100 × (Stmts − Miss) / Stmts, which is
 *       exactly coverage.py's own figure;
 *   <li>coverage.py table with {@code Branch BrPart}: coverage.py counts missed branches, which
 *       the table does not print ({@code BrPart} counts partial ones only), so the exact figure
 *       cannot be rebuilt: pytest-cov's {@code Total coverage: 77.91%} line is used when present,
 *       else the printed percentage (as precise as {@code --precision} made it).
 *       {@code branch_coverage} is absent;
 *   <li>coverage.py JSON: {@code totals.percent_covered}, statements and branches together;
 *   <li>Cobertura and JaCoCo: line coverage, lines covered / lines valid (Cobertura's
 *       {@code line-rate} only when the counts are missing), with branches in
 *       {@code branch_coverage}. For a coverage.py project measured with {@code --branch} this
 *       differs from the terminal and JSON figure, which mix branches in.
 * </ul>
 *
 * {@code lines_covered} and {@code lines_total} count statements (coverage.py) or lines
 * (Cobertura, JaCoCo). {@code branch_coverage} appears only when the report measured branches.
 *
 * <p>Without {@code from:}, stdout is read, and when it holds no table but names the report file
 * the tool wrote ({@code --cov-report=xml}, {@code coverage json}), that file is read instead.
 */
final class CoverageParser implements Parser {
  /**
   * pytest-cov's {@code Coverage XML written to file coverage.xml} (and JSON, in pytest-cov 4.1
   * and later) and coverage.py's own {@code Wrote XML report to coverage.xml}; the formats this
   * parser reads, not HTML or LCOV.
   */
  private static final Pattern REPORT_WRITTEN =
      Pattern.compile(
          "^(?:Coverage (?:XML|JSON) written to file|Wrote (?:XML|JSON) report to)"
              + " (?<file>\\S.*?)\\s*$",
          Pattern.MULTILINE);

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("coverage", "lines_covered", "lines_total", "branch_coverage");
  }

  /** pytest-cov and {@code coverage xml|json} print only where they wrote the report. */
  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.STDOUT.followingReportNamedBy(REPORT_WRITTEN);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    List<CoverageTotals> reports = new ArrayList<>();
    List<Source> readable = new ArrayList<>();
    for (Source source : sources) {
      Optional<CoverageTotals> report = read(ToolText.plain(source.text()), source);
      if (report.isPresent()) {
        reports.add(report.get());
        readable.add(source);
      }
    }
    if (reports.isEmpty()) {
      throw new ParseException("no coverage total found in " + ToolText.names(sources));
    }
    CoverageTotals totals = CoverageTotals.combine(reports, readable);
    Tally tally = new Tally().put("coverage", totals.percent());
    if (totals.linesTotal() != null) {
      tally.put("lines_covered", totals.linesCovered()).put("lines_total", totals.linesTotal());
    }
    if (totals.branchPercent() != null) {
      tally.put("branch_coverage", totals.branchPercent());
    }
    return tally.toMap();
  }

  private static Optional<CoverageTotals> read(String text, Source source) throws ParseException {
    String head = text.stripLeading();
    if (head.startsWith("{")) {
      Optional<CoverageTotals> coveragePy = CoverageReports.json(text, source);
      return coveragePy.isPresent() ? coveragePy : IstanbulSummary.read(text, source);
    }
    if (GoCoverage.isProfile(head)) {
      return GoCoverage.profile(head);
    }
    if (head.startsWith("<")) {
      return CoverageReports.xml(text, source);
    }
    if (head.startsWith("GROUP,PACKAGE,CLASS,")) {
      return CoverageReports.jacocoCsv(head, source);
    }
    Optional<CoverageTotals> table = CoverageTable.read(text);
    return table.isPresent() ? table : GoCoverage.func(text);
  }
}
