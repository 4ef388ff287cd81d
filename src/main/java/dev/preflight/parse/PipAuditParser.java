package dev.preflight.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pip-audit's findings: {@code -f json} (the object form {@code {"dependencies": [{"name",
 * "version", "vulns": […]}], "fixes": […]}} and the older bare array of dependencies), or the
 * default columns table ({@code Name Version ID Fix Versions}, one row per vulnerability).
 *
 * <p>pip-audit writes its summary ({@code Found 2 known vulnerabilities in 1 package}, {@code No
 * known vulnerabilities found}) to stderr and, in columns mode, nothing to stdout when clean:
 * so without {@code from:} both streams are read. The summary wins over the table when both are
 * there. The rule under the header is a run of dashes per column; pip-audit's README shows it
 * with two spaces after the first ({@code ----  ------- …}), its code with one: both are read.
 * Skipped dependencies (no {@code vulns}) are not vulnerable.
 *
 * <p>Not run here (pip-audit is not packaged for Debian): fixtures follow pip-audit's
 * {@code _format/json.py}, {@code _format/columns.py} and {@code _cli.py}, see the fixture README.
 */
final class PipAuditParser implements Parser {
  private static final Pattern SUMMARY =
      Pattern.compile("Found (\\d+) known vulnerabilit(?:y|ies) in (\\d+) packages?");
  private static final Pattern NONE = Pattern.compile("No known vulnerabilities found");
  private static final Pattern HEADER = Pattern.compile("^Name\\s+Version\\s+ID\\s+Fix Versions");
  private static final Pattern RULE = Pattern.compile("^-+(?: +-+)+\\s*$");

  @Override
  public String name() {
    return "pip-audit";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("vulnerabilities", "vulnerable_packages");
  }

  /** 1: vulnerabilities found; anything else: pip-audit could not audit. */
  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  /** The table goes to stdout, the summary to stderr, and a clean run prints only the latter. */
  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources,
        "pip-audit results (it prints its summary on stderr: leave out from: to read both streams)",
        (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent()) {
      JsonDocument deps = json.get().isArray() ? json.get() : json.get().get("dependencies");
      if (deps.isArray()) {
        int vulns = 0;
        int packages = 0;
        for (JsonDocument dep : deps.elements()) {
          int n = dep.get("vulns").isArray() ? dep.get("vulns").size() : 0;
          vulns += n;
          packages += n > 0 ? 1 : 0;
        }
        return Optional.of(tally(vulns, packages));
      }
    }
    Matcher summary = ToolText.lastMatch(SUMMARY, text);
    if (summary != null) {
      return Optional.of(tally(Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2))));
    }
    return table(text).or(() -> NONE.matcher(text).find() ? Optional.of(tally(0, 0)) : Optional.empty());
  }

  /** Rows under the {@code Name Version ID Fix Versions} header, up to a blank line or the skip table. */
  private static Optional<Tally> table(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (HEADER.matcher(lines.get(i)).find() && RULE.matcher(lines.get(i + 1)).matches()) {
        int vulns = 0;
        Set<String> packages = new HashSet<>();
        for (String row : lines.subList(i + 2, lines.size())) {
          String[] cells = row.trim().split("\\s+");
          if (row.isBlank() || row.startsWith("Name ") || cells.length < 3) {
            break;
          }
          vulns++;
          packages.add(cells[0] + " " + cells[1]);
        }
        return Optional.of(tally(vulns, packages.size()));
      }
    }
    return Optional.empty();
  }

  private static Tally tally(int vulnerabilities, int packages) {
    return new Tally().put("vulnerabilities", vulnerabilities).put("vulnerable_packages", packages);
  }
}
