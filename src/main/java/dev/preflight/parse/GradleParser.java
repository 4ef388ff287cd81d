package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle's console: the test summary it prints when tests failed ({@code 5 tests completed,
 * 2 failed, 1 skipped}, on stderr, as is {@code BUILD FAILED}: the default is
 * {@code from: output}) and {@code BUILD SUCCESSFUL}/{@code BUILD FAILED}.
 *
 * <p>Gradle prints the summary only when a test failed (with {@code ignoreFailures} too). A
 * successful build without it had no failing test: {@code failed} is 0 and the other counts are
 * absent, since Gradle did not print them (read {@code build/test-results/test/*.xml} with the
 * junit parser for them). A failed build without a summary never reached its tests or failed
 * elsewhere: that is an error, not zero failures. Tested on Debian's Gradle 4.4.1; newer
 * Gradle prints the same summary line.
 *
 * <p>Implied exit codes: 0, and 1 when the build failed (a failure with a test summary is a
 * report; one without is an error).
 */
final class GradleParser implements Parser {
  private static final Pattern SUMMARY = Pattern.compile(
      "^(\\d+) tests? completed(?:, (\\d+) failed)?(?:, (\\d+) skipped)?\\s*$", Pattern.MULTILINE);
  private static final Pattern BUILD =
      Pattern.compile("^BUILD (SUCCESSFUL|FAILED)\\b", Pattern.MULTILINE);

  @Override
  public String name() {
    return "gradle";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "skipped");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    StringBuilder all = new StringBuilder();
    for (Source source : sources) {
      all.append(ToolText.plain(source.text())).append('\n');
    }
    String text = all.toString();
    Tally tally = Tally.zeros("tests", "passed", "failed", "skipped");
    boolean summary = false;
    Matcher m = SUMMARY.matcher(text);
    while (m.find()) { // one summary per test task
      summary = true;
      double tests = Double.parseDouble(m.group(1));
      double failed = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
      double skipped = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
      tally.add("tests", tests).add("failed", failed).add("skipped", skipped)
          .add("passed", tests - failed - skipped);
    }
    if (summary) {
      return tally.toMap();
    }
    Matcher build = ToolText.lastMatch(BUILD, text);
    if (build == null) {
      throw new ParseException("no Gradle build result found in " + ToolText.names(sources)
          + " (Gradle writes its test summary and BUILD FAILED to stderr: try from: output)");
    }
    if (build.group(1).equals("FAILED")) {
      throw new ParseException("Gradle build failed without a test summary: "
          + "it never reached its tests, or failed elsewhere");
    }
    return new Tally().put("failed", 0).toMap();
  }
}
