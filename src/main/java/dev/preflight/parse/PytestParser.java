package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pytest's terminal summary line, in any verbosity: {@code === 1 failed, 4 passed, 1 warning in
 * 0.05s ===} (default, {@code -v}), the same without the rules ({@code -q}), {@code no tests ran
 * in 0.01s}, {@code 1 error in 0.12s} after a collection error, and {@code in 75.12s (0:01:15)}.
 *
 * <p>Counts come exactly as pytest prints them, so a test that passes and then errors in
 * teardown is in both {@code passed} and {@code errors}. {@code total} is the sum of the
 * outcomes printed (passed + failed + errors + skipped + xfailed + xpassed), not of distinct
 * tests; deselected tests did not run and are not in it. {@code test_seconds} is pytest's own
 * figure, in seconds; the item's wall time is the condition subject {@code duration}.
 *
 * <p>Every summary line in a source is added up, so {@code pytest a; pytest b} read as one
 * output hides no failures of the first run.
 */
final class PytestParser implements Parser {
  private static final String COUNT = "\\d+ [a-z]+(?: [a-z]+)?";
  private static final Pattern SUMMARY =
      Pattern.compile(
          "^=*\\s*(?<counts>(?:no tests ran|" + COUNT + ")(?:, " + COUNT + ")*)"
              + "\\s+in\\s+(?<secs>\\d+(?:\\.\\d+)?)\\s*s(?:econds)?"
              + "(?:\\s+\\(\\d+:\\d\\d:\\d\\d(?:\\.\\d+)?\\))?\\s*=*\\s*$",
          Pattern.MULTILINE);
  private static final Pattern ONE_COUNT = Pattern.compile("(\\d+) ([a-z]+(?: [a-z]+)?)");

  /** pytest's singular and plural words, mapped onto SPEC §5 metric names. */
  private static final Map<String, String> WORDS =
      Map.of(
          "passed", "passed",
          "failed", "failed",
          "error", "errors",
          "errors", "errors",
          "skipped", "skipped",
          "xfailed", "xfailed",
          "xpassed", "xpassed",
          "warning", "warnings",
          "warnings", "warnings",
          "deselected", "deselected");

  private static final String[] OUTCOMES = {
    "passed", "failed", "errors", "skipped", "xfailed", "xpassed"
  };

  private static final String[] METRICS = {
    "passed", "failed", "errors", "skipped", "xfailed", "xpassed", "warnings", "deselected",
    "total", "test_seconds"
  };

  @Override
  public String name() {
    return "pytest";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of(METRICS);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    Tally tally = Tally.sum(sources, "pytest summary", (text, source) -> read(text));
    double total = 0;
    for (String outcome : OUTCOMES) {
      total += tally.get(outcome);
    }
    return tally.put("total", total).toMap();
  }

  private static Optional<Tally> read(String text) {
    Tally tally = null;
    Matcher line = SUMMARY.matcher(text);
    while (line.find()) {
      if (tally == null) {
        tally = Tally.zeros(METRICS);
      }
      Matcher count = ONE_COUNT.matcher(line.group("counts"));
      while (count.find()) {
        String metric = WORDS.get(count.group(2));
        if (metric != null) { // plugin words such as "rerun" are not SPEC metrics
          tally.add(metric, Double.parseDouble(count.group(1)));
        }
      }
      tally.add("test_seconds", Double.parseDouble(line.group("secs")));
    }
    return Optional.ofNullable(tally);
  }
}
