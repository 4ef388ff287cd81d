package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maven's console log: the {@code Results:} totals that Surefire and Failsafe print for each
 * module ({@code Tests run: 8, Failures: 2, Errors: 1, Skipped: 1[, Flakes: 1]}), summed over
 * modules and plugins; the compiler's {@code COMPILATION ERROR} blocks ({@code [INFO] 2 errors});
 * and {@code BUILD SUCCESS}/{@code BUILD FAILURE}. Colour codes are stripped first: Maven run
 * without {@code -B} colours its log even on a pipe, splitting {@code Tests run:} in two.
 *
 * <p>The per-class lines ({@code … Time elapsed: 0.2 s -- in demo.CalcTest}) are not counted:
 * the totals already hold them. A build that never reached its tests (a compile error, a missing
 * dependency) yields {@code compile_errors} but no test counts, so a condition on them is an
 * error rather than a pass on zero tests; a successful build that ran no tests
 * ({@code -DskipTests}) counts zero. {@code passed} = tests − failed − errors − skipped; a flaky
 * test that passed on a rerun ({@code -Dsurefire.rerunFailingTestsCount}) is passed and counted
 * in {@code flakes}.
 *
 * <p>Implied exit code: 0 only. Maven exits 1 for any failed build, also one that failed after
 * its tests passed; to judge test counts of a build that may fail its tests, run it with
 * {@code -Dmaven.test.failure.ignore=true} (then it exits 0 with failures, which the counts show).
 */
final class MavenParser implements Parser {
  private static final Pattern TOTALS =
      Pattern.compile(
          "^(?:\\[\\w+\\] )?Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)"
              + "(?:, Flakes: (\\d+))?\\s*$",
          Pattern.MULTILINE);
  private static final Pattern BUILD =
      Pattern.compile("^(?:\\[\\w+\\] )?BUILD (SUCCESS|FAILURE)\\s*$", Pattern.MULTILINE);
  private static final Pattern COMPILATION_ERROR = Pattern.compile("COMPILATION ERROR :");
  private static final Pattern ERROR_COUNT =
      Pattern.compile("^(?:\\[\\w+\\] )?(\\d+) errors?\\s*$", Pattern.MULTILINE);

  @Override
  public String name() {
    return "maven";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "errors", "skipped", "flakes", "compile_errors");
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    try {
      return Tally.sum(sources, "Maven build result", (text, source) -> read(text)).toMap();
    } catch (ParseException e) {
      throw new ParseException(e.getMessage() + " (run Maven without -q, which hides the results)");
    }
  }

  private static Optional<Tally> read(String text) {
    Matcher build = ToolText.lastMatch(BUILD, text);
    Tally tests = Tally.zeros("tests", "failed", "errors", "skipped", "flakes");
    boolean counted = false;
    Matcher totals = TOTALS.matcher(text);
    while (totals.find()) {
      counted = true;
      tests.add("tests", Double.parseDouble(totals.group(1)))
          .add("failed", Double.parseDouble(totals.group(2)))
          .add("errors", Double.parseDouble(totals.group(3)))
          .add("skipped", Double.parseDouble(totals.group(4)));
      if (totals.group(5) != null) {
        tests.add("flakes", Double.parseDouble(totals.group(5)));
      }
    }
    double compileErrors = compileErrors(text);
    if (build == null && !counted && compileErrors == 0) {
      return Optional.empty();
    }
    Tally tally = new Tally();
    // a failed build without test results never reached the tests: no counts, not zero
    if (counted || (build != null && build.group(1).equals("SUCCESS"))) {
      double passed = tests.get("tests") - tests.get("failed") - tests.get("errors")
          - tests.get("skipped");
      tally.put("tests", tests.get("tests")).put("passed", Math.max(0, passed))
          .put("failed", tests.get("failed")).put("errors", tests.get("errors"))
          .put("skipped", tests.get("skipped")).put("flakes", tests.get("flakes"));
    }
    return Optional.of(tally.put("compile_errors", compileErrors));
  }

  /** The count javac prints under each {@code COMPILATION ERROR :} block ({@code [INFO] 2 errors}). */
  private static double compileErrors(String text) {
    double sum = 0;
    Matcher block = COMPILATION_ERROR.matcher(text);
    while (block.find()) {
      Matcher count = ERROR_COUNT.matcher(text);
      if (count.find(block.end())) {
        sum += Double.parseDouble(count.group(1));
      }
    }
    return sum;
  }
}
