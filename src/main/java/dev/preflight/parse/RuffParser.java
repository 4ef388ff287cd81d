package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ruff check output: {@code --output-format=json} (an array, one object per finding), the text
 * formats {@code concise} and {@code full}, which close with {@code Found 3 errors.},
 * {@code Found 3 errors (2 fixed, 1 remaining).} or {@code All checks passed!}, and
 * {@code pylint} ({@code path:row: [CODE] message}, as flake8's). The closing line is
 * authoritative (after {@code --fix} the remaining findings are the issues); without it
 * ({@code --quiet}, {@code pylint}) the finding lines are counted. The {@code pylint} format
 * prints nothing at all when the code is clean, so empty output is 0 issues.
 *
 * <p>Not run here (ruff is not packaged for Debian): fixtures follow ruff's own CLI snapshot
 * tests and {@code printer.rs}, see {@code src/test/resources/parsers/ruff/README.md}.
 */
final class RuffParser implements Parser {
  private static final Pattern FOUND =
      Pattern.compile(
          "^Found (\\d+) errors?(?: \\((\\d+) fixed, (\\d+) remaining\\))?\\.", Pattern.MULTILINE);
  private static final Pattern PASSED = Pattern.compile("^All checks passed!", Pattern.MULTILINE);
  /** A finding's first line: concise/full, then pylint; syntax errors have no rule code. */
  private static final Pattern FINDING =
      Pattern.compile(
          "^\\S.*?:\\d+:(?:\\d+: (?:[A-Z]+\\d+|SyntaxError|invalid-syntax)\\b"
              + "| (?:\\[[A-Z]+\\d+\\] |SyntaxError: ))",
          Pattern.MULTILINE);

  @Override
  public String name() {
    return "ruff";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues");
  }

  /** 1: it found something; 2 and above: it could not run (usage, crash). */
  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "ruff findings or summary", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    if (text.isBlank()) {
      return Optional.of(issues(0));
    }
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent() && json.get().isArray()) {
      return Optional.of(issues(json.get().size()));
    }
    Matcher found = ToolText.lastMatch(FOUND, text);
    if (found != null) {
      String remaining = found.group(3) != null ? found.group(3) : found.group(1);
      return Optional.of(issues(Double.parseDouble(remaining)));
    }
    if (PASSED.matcher(text).find()) {
      return Optional.of(issues(0));
    }
    long findings = FINDING.matcher(text).results().count();
    return findings == 0 ? Optional.empty() : Optional.of(issues(findings));
  }

  private static Tally issues(double n) {
    return new Tally().put("issues", n);
  }
}
