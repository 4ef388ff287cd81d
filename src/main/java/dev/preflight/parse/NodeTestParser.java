package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code node --test}'s summary: {@code # tests 9}, {@code # pass 4}, … in the tap reporter
 * (node 20's default on a pipe) and {@code ℹ tests 9} in the spec reporter (its default on a
 * terminal). The dot reporter prints no summary, only one {@code .} or {@code X} per test: from
 * it {@code tests} and {@code failed} are known, and {@code failed} includes cancelled tests,
 * which it also marks {@code X}. For {@code --test-reporter=junit} use the junit parser.
 *
 * <p>{@code tests} counts every test and subtest, as node does; a test whose subtest failed
 * fails too. {@code cancelled} tests (a subtest its parent did not wait for, a timeout) are
 * neither passed nor failed. A file that fails to load is a failed test.
 *
 * <p>Implied exit codes: 0, and 1 when tests failed.
 */
final class NodeTestParser implements Parser {
  private static final Pattern SUMMARY =
      Pattern.compile("^(?:# |ℹ )(tests|pass|fail|cancelled|skipped|todo) (\\d+)\\s*$", Pattern.MULTILINE);
  private static final Pattern DOTS = Pattern.compile("^[.X]+$", Pattern.MULTILINE);
  private static final Map<String, String> METRIC = Map.of(
      "tests", "tests", "pass", "passed", "fail", "failed", "cancelled", "cancelled",
      "skipped", "skipped", "todo", "todo");

  @Override
  public String name() {
    return "node-test";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "skipped", "todo", "cancelled");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "node --test summary", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Tally tally = Tally.zeros("tests", "passed", "failed", "skipped", "todo", "cancelled");
    // the summary comes last; a line like "# tests 3" earlier (a test's own output) is replaced
    Map<String, Double> last = new java.util.HashMap<>();
    Matcher m = SUMMARY.matcher(text);
    while (m.find()) {
      last.put(METRIC.get(m.group(1)), Double.parseDouble(m.group(2)));
    }
    if (last.containsKey("tests")) {
      last.forEach(tally::put);
      return Optional.of(tally);
    }
    Matcher dots = DOTS.matcher(text);
    double tests = 0;
    double failed = 0;
    while (dots.find()) {
      String line = dots.group();
      tests += line.length();
      failed += line.chars().filter(c -> c == 'X').count();
    }
    if (tests == 0) {
      return Optional.empty();
    }
    return Optional.of(new Tally().put("tests", tests).put("failed", failed));
  }
}
