package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm audit --json}: the counts in {@code metadata.vulnerabilities} ({@code info low
 * moderate high critical}, and {@code total} since npm 7's {@code auditReportVersion: 2}; npm 6's
 * report has the same object without {@code total}). {@code vulnerabilities} is npm's total,
 * info included.
 *
 * <p>When npm cannot reach its advisory service it still prints JSON, with an {@code error}
 * object and a {@code message} instead of a report, and exits 1 just as it does for found
 * vulnerabilities. That is an error here, never zero findings.
 *
 * <p>Implied exit codes: 0, and 1 when it found vulnerabilities at or above
 * {@code --audit-level}.
 */
final class NpmAuditParser implements Parser {
  private static final List<String> SEVERITIES = List.of("critical", "high", "moderate", "low", "info");

  @Override
  public String name() {
    return "npm-audit";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("vulnerabilities", "critical", "high", "moderate", "low");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "npm audit --json report", NpmAuditParser::read).toMap();
  }

  private static Optional<Tally> read(String text, Source source) throws ParseException {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isEmpty() || !json.get().isObject()) {
      return Optional.empty();
    }
    JsonDocument report = json.get();
    JsonDocument counts = report.get("metadata").get("vulnerabilities");
    if (!counts.isObject()) {
      if (report.get("error").isMissing()) {
        return Optional.empty();
      }
      throw new ParseException("npm audit did not audit (" + source.name() + "): " + reason(report));
    }
    Tally tally = new Tally().put("vulnerabilities", 0);
    double sum = 0;
    for (String severity : SEVERITIES) {
      double n = counts.get(severity).isNumber() ? counts.get(severity).asDouble() : 0;
      sum += n;
      if (!severity.equals("info")) {
        tally.put(severity, n);
      }
    }
    JsonDocument total = counts.get("total");
    return Optional.of(tally.put("vulnerabilities", total.isNumber() ? total.asDouble() : sum));
  }

  private static String reason(JsonDocument report) {
    for (JsonDocument said : List.of(report.get("message"), report.get("error").get("summary"),
        report.get("error").get("code"), report.get("error"))) {
      if (said.isText() && !said.asText().isBlank()) {
        return said.asText().lines().findFirst().orElse("");
      }
    }
    return "an error instead of a report";
  }
}
