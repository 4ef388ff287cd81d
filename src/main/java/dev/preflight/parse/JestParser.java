package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * jest's summary, which it writes to stderr ({@code Test Suites: 1 failed, 1 passed, 2 total},
 * {@code Tests: 1 failed, 1 skipped, 1 todo, 4 passed, 7 total}), or its {@code --json} report
 * on stdout ({@code numTotalTests}, …). Read by default from {@code output}, both streams.
 *
 * <p>{@code skipped} is jest's "skipped" ({@code pending} in JSON); {@code todo} is counted
 * apart, as jest does (jest-junit writes todo tests as plain test cases, which a JUnit reader
 * counts as passes). A suite that fails to load (a missing module, a syntax error) counts no
 * failed test: it is in {@code suites_failed} and in {@code errors} (suites that could not run,
 * jest's {@code numRuntimeErrorTestSuites}; in text, the {@code ● Test suite failed to run}
 * markers).
 *
 * <p>Implied exit code: 0 only. jest exits 1 both for failed tests and for a suite that failed to
 * load while counting 0 failed tests, so exit 1 alone cannot tell a report from a broken run.
 */
final class JestParser implements Parser {
  private static final Pattern SUITES = Pattern.compile("^Test Suites: +(.*\\d+ total)\\s*$", Pattern.MULTILINE);
  private static final Pattern TESTS = Pattern.compile("^Tests: +(.*\\d+ total)\\s*$", Pattern.MULTILINE);
  private static final Pattern COUNT = Pattern.compile("(\\d+) (failed|passed|skipped|todo|total)");
  private static final Pattern LOAD_FAILURE = Pattern.compile("● Test suite failed to run");

  @Override
  public String name() {
    return "jest";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "skipped", "todo", "suites", "suites_failed", "errors");
  }

  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    try {
      return Tally.sum(sources, "jest summary", (text, source) -> read(text)).toMap();
    } catch (ParseException e) {
      throw new ParseException(e.getMessage() + " (jest writes it to stderr: read from: output)");
    }
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent() && json.get().get("numTotalTests").isNumber()) {
      JsonDocument j = json.get();
      return Optional.of(new Tally()
          .put("tests", j.get("numTotalTests").asDouble())
          .put("passed", j.get("numPassedTests").asDouble())
          .put("failed", j.get("numFailedTests").asDouble())
          .put("skipped", j.get("numPendingTests").asDouble())
          .put("todo", j.get("numTodoTests").asDouble())
          .put("suites", j.get("numTotalTestSuites").asDouble())
          .put("suites_failed", j.get("numFailedTestSuites").asDouble())
          .put("errors", j.get("numRuntimeErrorTestSuites").asDouble()));
    }
    Matcher tests = ToolText.lastMatch(TESTS, text);
    Matcher suites = ToolText.lastMatch(SUITES, text);
    if (tests == null || suites == null) {
      return Optional.empty();
    }
    Map<String, Double> t = counts(tests.group(1));
    Map<String, Double> s = counts(suites.group(1));
    return Optional.of(new Tally()
        .put("tests", t.getOrDefault("total", 0.0))
        .put("passed", t.getOrDefault("passed", 0.0))
        .put("failed", t.getOrDefault("failed", 0.0))
        .put("skipped", t.getOrDefault("skipped", 0.0))
        .put("todo", t.getOrDefault("todo", 0.0))
        .put("suites", s.getOrDefault("total", 0.0))
        .put("suites_failed", s.getOrDefault("failed", 0.0))
        .put("errors", (double) LOAD_FAILURE.matcher(text).results().count()));
  }

  private static Map<String, Double> counts(String line) {
    Map<String, Double> out = new java.util.HashMap<>();
    Matcher m = COUNT.matcher(line);
    while (m.find()) {
      out.merge(m.group(2), Double.parseDouble(m.group(1)), Double::sum);
    }
    return out;
  }
}
