package dev.preflight.parse;

import java.util.Optional;

/**
 * Istanbul's {@code coverage-summary.json} (jest {@code --coverageReporters=json-summary}, nyc
 * {@code --reporter=json-summary}): the {@code total} object's {@code lines} and
 * {@code branches} counts. {@code coverage} is line coverage, computed from the counts rather
 * than taken from {@code pct}, which Istanbul rounds to two decimals (and writes as
 * {@code "Unknown"} when there is nothing to cover: 100 %, as coverage.py and JaCoCo count it).
 */
final class IstanbulSummary {
  private IstanbulSummary() {}

  static Optional<CoverageTotals> read(String text, Source source) throws ParseException {
    JsonDocument total = JsonDocument.parse(text).map(doc -> doc.get("total")).orElse(null);
    if (total == null || !total.isObject() || !total.get("lines").isObject()) {
      return Optional.empty();
    }
    JsonDocument lines = total.get("lines");
    if (!lines.get("total").isNumber() || !lines.get("covered").isNumber()) {
      throw new ParseException(source.name() + ": total.lines has no total and covered counts");
    }
    JsonDocument branches = total.get("branches");
    boolean counted = branches.get("total").isNumber() && branches.get("total").asDouble() > 0;
    return Optional.of(CoverageTotals.fromCounts(
        lines.get("covered").asDouble(), lines.get("total").asDouble(),
        counted ? branches.get("covered").asDouble() : null,
        counted ? branches.get("total").asDouble() : null));
  }
}
