package dev.preflight.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cargo test}: the {@code test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured;
 * 0 filtered out} line of every target (unit tests, each integration test, doc tests), summed;
 * and compile errors ({@code error: could not compile `shop` (lib test) due to 2 previous
 * errors}), which cargo writes to stderr: the default is {@code from: output}.
 *
 * <p>{@code skipped} is cargo's {@code ignored}; {@code tests} = passed + failed + ignored
 * ({@code measured} benches and {@code filtered out} tests did not run as tests). A crate that
 * does not compile runs no test: {@code compile_errors} is its count (the largest "due to N"
 * per crate, as cargo repeats it for each target of the crate) and the test counts are absent.
 *
 * <p>cargo test stops at the first target that fails ({@code error: test failed, to rerun pass
 * `--lib`}) unless run with {@code --no-fail-fast}: the counts then cover only the targets that
 * ran. They still show the failure, but {@code passed} is short.
 *
 * <p>Implied exit codes: 0, and 101 (cargo's code for failed tests; it is also its code for a
 * compile error, which leaves the test counts absent).
 */
final class CargoTestParser implements Parser {
  private static final Pattern RESULT =
      Pattern.compile("^test result: (?:ok|FAILED)\\. (\\d+) passed; (\\d+) failed; (\\d+) ignored;",
          Pattern.MULTILINE);
  private static final Pattern COMPILE =
      Pattern.compile("^error: could not compile `([^`]+)`.*? due to (\\d+) previous errors?",
          Pattern.MULTILINE);

  @Override
  public String name() {
    return "cargo-test";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "passed", "failed", "skipped", "compile_errors");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 101);
  }

  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "cargo test results", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Map<String, Double> errorsByCrate = new HashMap<>();
    Matcher compile = COMPILE.matcher(text);
    while (compile.find()) {
      errorsByCrate.merge(compile.group(1), Double.parseDouble(compile.group(2)), Math::max);
    }
    double compileErrors = errorsByCrate.values().stream().mapToDouble(Double::doubleValue).sum();
    Tally tally = Tally.zeros("tests", "passed", "failed", "skipped");
    boolean results = false;
    Matcher result = RESULT.matcher(text);
    while (result.find()) {
      results = true;
      double passed = Double.parseDouble(result.group(1));
      double failed = Double.parseDouble(result.group(2));
      double ignored = Double.parseDouble(result.group(3));
      tally.add("tests", passed + failed + ignored).add("passed", passed).add("failed", failed)
          .add("skipped", ignored);
    }
    if (!results && compileErrors == 0) {
      return Optional.empty();
    }
    return Optional.of((results ? tally : new Tally()).put("compile_errors", compileErrors));
  }
}
