package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mypy's closing line: {@code Found 3 errors in 2 files (checked 5 source files)} or
 * {@code Success: no issues found in 5 source files}. When a syntax error stops mypy early it
 * prints {@code (errors prevented further checking)} and {@code files_checked} is absent, so a
 * condition on it is an error rather than a guess.
 */
final class MypyParser implements Parser {
  private static final Pattern FOUND =
      Pattern.compile(
          "^Found (\\d+) errors? in (\\d+) files?"
              + " \\((?:checked (\\d+) source files?|errors prevented further checking)\\)",
          Pattern.MULTILINE);
  private static final Pattern SUCCESS =
      Pattern.compile("^Success: no issues found in (\\d+) source files?", Pattern.MULTILINE);

  @Override
  public String name() {
    return "mypy";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("errors", "files_with_errors", "files_checked");
  }

  /** 1: type errors found; 2: a crash, bad usage or errors that stopped the check. */
  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "mypy summary", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Matcher found = ToolText.lastMatch(FOUND, text);
    if (found != null) {
      Tally tally = new Tally()
          .put("errors", Double.parseDouble(found.group(1)))
          .put("files_with_errors", Double.parseDouble(found.group(2)));
      if (found.group(3) != null) {
        tally.put("files_checked", Double.parseDouble(found.group(3)));
      }
      return Optional.of(tally);
    }
    Matcher success = ToolText.lastMatch(SUCCESS, text);
    if (success != null) {
      return Optional.of(new Tally()
          .put("errors", 0)
          .put("files_with_errors", 0)
          .put("files_checked", Double.parseDouble(success.group(1))));
    }
    return Optional.empty();
  }
}
