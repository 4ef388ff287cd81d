package dev.preflight.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bandit's findings by severity, from {@code -f json} ({@code results[].issue_severity}) or the
 * text formats ({@code screen}, the default, and {@code txt}): one {@code Severity: High}
 * line per {@code >> Issue:} block, or {@code No issues identified.}
 *
 * <p>Counting is results-based on purpose: bandit's {@code metrics._totals} and its text
 * {@code Total issues (by severity)} block count every finding, including those hidden by
 * {@code -l}/{@code -i} filters, so {@code bandit -lll} would report lows it did not show.
 * The totals block is used only when the output has no issue list at all. {@code issues}
 * includes bandit's UNDEFINED severity.
 */
final class BanditParser implements Parser {
  private static final Pattern ISSUE_SEVERITY =
      Pattern.compile("^>> Issue: .*\\n\\s+Severity: (\\w+)", Pattern.MULTILINE);
  private static final Pattern NO_ISSUES = Pattern.compile("^\\s*No issues identified\\.", Pattern.MULTILINE);
  private static final Pattern TOTALS =
      Pattern.compile(
          "Total issues \\(by severity\\):\\s*\\n\\s*Undefined: ([\\d.]+)\\s*\\n\\s*Low: ([\\d.]+)"
              + "\\s*\\n\\s*Medium: ([\\d.]+)\\s*\\n\\s*High: ([\\d.]+)");

  @Override
  public String name() {
    return "bandit";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("high", "medium", "low", "issues");
  }

  /** 1: it found something; 2 and above: it could not run (usage, crash). */
  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    if (sources.stream().allMatch(s -> s.text().isBlank())) {
      // bandit -q prints nothing at all when it finds nothing, and as little for a wrong path
      throw new ParseException("bandit printed nothing; run it with -f json (bandit -q is"
          + " silent when it finds nothing), so that a clean run still reports");
    }
    Tally tally = Tally.sum(sources, "bandit results", (text, source) -> read(text));
    double issues =
        tally.get("high") + tally.get("medium") + tally.get("low") + tally.get("undefined");
    return new Tally()
        .put("high", tally.get("high"))
        .put("medium", tally.get("medium"))
        .put("low", tally.get("low"))
        .put("issues", issues)
        .toMap();
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent() && json.get().get("results").isArray()) {
      Tally tally = zeros();
      for (JsonDocument result : json.get().get("results").elements()) {
        count(tally, result.get("issue_severity").asText());
      }
      return Optional.of(tally);
    }
    Matcher issue = ISSUE_SEVERITY.matcher(text);
    boolean listed = false;
    Tally tally = zeros();
    while (issue.find()) {
      listed = true;
      count(tally, issue.group(1));
    }
    if (listed || NO_ISSUES.matcher(text).find()) {
      return Optional.of(tally);
    }
    Matcher totals = TOTALS.matcher(text);
    if (!totals.find()) {
      return Optional.empty();
    }
    return Optional.of(zeros()
        .put("undefined", Double.parseDouble(totals.group(1)))
        .put("low", Double.parseDouble(totals.group(2)))
        .put("medium", Double.parseDouble(totals.group(3)))
        .put("high", Double.parseDouble(totals.group(4))));
  }

  private static Tally zeros() {
    return Tally.zeros("high", "medium", "low", "undefined");
  }

  private static void count(Tally tally, String severity) {
    String level = severity.toLowerCase(Locale.ROOT);
    tally.add(List.of("high", "medium", "low").contains(level) ? level : "undefined", 1);
  }
}
