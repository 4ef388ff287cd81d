package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ESLint's findings from the {@code stylish} formatter (the default: {@code ✖ 7 problems
 * (4 errors, 3 warnings)} and {@code 2 errors and 1 warning potentially fixable with the `--fix`
 * option.}), {@code -f json} (an array of file results) or {@code -f json-with-metadata}
 * ({@code {"results": […], "metadata": …}}). A clean run prints nothing in stylish: empty output
 * is zero findings. Output that is neither (ESLint's "Oops! Something went wrong!" for a bad
 * config) is an error.
 *
 * <p>{@code errors} includes fatal parse errors; {@code issues} = errors + warnings;
 * {@code fixable} counts findings {@code --fix} would fix.
 *
 * <p>Implied exit codes: 0, and 1 when it found errors (or more warnings than
 * {@code --max-warnings}); 2 is a crash or a configuration problem.
 */
final class EslintParser implements Parser {
  private static final Pattern PROBLEMS = Pattern.compile(
      "^✖ (\\d+) problems? \\((\\d+) errors?, (\\d+) warnings?\\)", Pattern.MULTILINE);
  private static final Pattern FIXABLE = Pattern.compile(
      "^\\s*(\\d+) errors? and (\\d+) warnings? potentially fixable", Pattern.MULTILINE);

  @Override
  public String name() {
    return "eslint";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "errors", "warnings", "fixable");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "ESLint results", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent()) {
      JsonDocument results = json.get().isArray() ? json.get() : json.get().get("results");
      if (results.isArray()) {
        Tally tally = zeros();
        for (JsonDocument file : results.elements()) {
          double errors = file.get("errorCount").asDouble();
          double warnings = file.get("warningCount").asDouble();
          tally.add("issues", errors + warnings).add("errors", errors).add("warnings", warnings)
              .add("fixable", file.get("fixableErrorCount").asDouble()
                  + file.get("fixableWarningCount").asDouble());
        }
        return Optional.of(tally);
      }
    }
    Matcher problems = ToolText.lastMatch(PROBLEMS, text);
    if (problems != null) {
      Matcher fixable = ToolText.lastMatch(FIXABLE, text);
      return Optional.of(new Tally()
          .put("issues", Double.parseDouble(problems.group(1)))
          .put("errors", Double.parseDouble(problems.group(2)))
          .put("warnings", Double.parseDouble(problems.group(3)))
          .put("fixable", fixable == null ? 0
              : Double.parseDouble(fixable.group(1)) + Double.parseDouble(fixable.group(2))));
    }
    return text.isBlank() ? Optional.of(zeros()) : Optional.empty();
  }

  private static Tally zeros() {
    return Tally.zeros("issues", "errors", "warnings", "fixable");
  }
}
