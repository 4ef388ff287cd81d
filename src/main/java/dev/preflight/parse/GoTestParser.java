package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code go test}: plain text, {@code -v} ({@code --- PASS: TestAdd (0.00s)}, subtests
 * indented) and {@code -json} (test2json events, one per line). {@code go test -json} still
 * prints a package that does not compile as a plain line, {@code FAIL pkg [build failed]},
 * between the JSON events (Go 1.24 and later put it in a JSON event with {@code FailedBuild});
 * both are read. Compiler messages go to stderr, so the default is {@code from: output}.
 *
 * <p>{@code tests}, {@code passed}, {@code failed}, {@code skipped} count top-level tests;
 * {@code subtests} counts every subtest run ({@code TestTable/wrong}), and a failed subtest
 * fails its parent. {@code packages_failed} counts packages that failed, to build or in a test;
 * {@code build_failed} those that did not build (or set up), whose tests never ran. Without
 * {@code -v}, go test lists only failures: then {@code failed}, {@code packages_failed} and
 * {@code build_failed} are known and the rest is absent, not zero.
 *
 * <p>Implied exit codes: 0, and 1 when tests failed. go test exits 2 when a package did not
 * build, which is not a completed run.
 */
final class GoTestParser implements Parser {
  private static final Pattern RESULT =
      Pattern.compile("^(\\s*)--- (PASS|FAIL|SKIP): (\\S+) \\(", Pattern.MULTILINE);
  private static final Pattern VERBOSE = Pattern.compile("^=== RUN ", Pattern.MULTILINE);
  private static final Pattern PACKAGE =
      Pattern.compile("^(ok|FAIL|\\?) {0,3}\\t(\\S+)(.*)$", Pattern.MULTILINE);
  private static final Pattern NOT_BUILT = Pattern.compile("\\[(?:build|setup) failed\\]");

  @Override
  public String name() {
    return "go-test";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "skipped", "subtests", "packages_failed",
        "build_failed");
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
    return Tally.sum(sources, "go test results", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Tally tally = Tally.zeros("tests", "passed", "failed", "skipped", "subtests");
    boolean events = false;
    double packagesFailed = 0;
    double buildFailed = 0;
    for (JsonDocument event : JsonDocument.parseEach(text)) {
      String action = event.get("Action").asText();
      if (event.get("Action").isMissing() || action.equals("output")) {
        continue;
      }
      events = true;
      if (event.get("Test").isMissing()) {
        if (action.equals("fail")) {
          packagesFailed++;
          buildFailed += event.get("FailedBuild").isMissing() ? 0 : 1;
        }
      } else {
        count(tally, action, event.get("Test").asText());
      }
    }
    // plain package lines: all of them in text mode, the "[build failed]" ones in -json mode
    boolean packages = false;
    Matcher pkg = PACKAGE.matcher(text);
    while (pkg.find()) {
      packages = true;
      boolean notBuilt = NOT_BUILT.matcher(pkg.group(3)).find();
      if (pkg.group(1).equals("FAIL") && (!events || notBuilt)) {
        packagesFailed++;
      }
      buildFailed += pkg.group(1).equals("FAIL") && notBuilt ? 1 : 0;
    }
    if (!events && !packages) {
      return Optional.empty();
    }
    if (!events) {
      Matcher result = RESULT.matcher(text);
      while (result.find()) {
        String action = switch (result.group(2)) {
          case "PASS" -> "pass";
          case "FAIL" -> "fail";
          default -> "skip";
        };
        count(tally, action, result.group(3));
      }
      if (!VERBOSE.matcher(text).find()) {
        // without -v only failures are listed: the other counts are unknown
        tally = new Tally().put("failed", tally.get("failed"));
      }
    }
    return Optional.of(tally.put("packages_failed", packagesFailed).put("build_failed", buildFailed));
  }

  private static void count(Tally tally, String action, String test) {
    if (!action.equals("pass") && !action.equals("fail") && !action.equals("skip")) {
      return;
    }
    if (test.contains("/")) {
      tally.add("subtests", 1);
      return;
    }
    tally.add("tests", 1).add(switch (action) {
      case "pass" -> "passed";
      case "fail" -> "failed";
      default -> "skipped";
    }, 1);
  }
}
