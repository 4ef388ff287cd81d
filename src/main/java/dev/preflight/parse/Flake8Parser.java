package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flake8's findings, one per line, in the default format ({@code path:row:col: CODE text}) or
 * {@code --format=pylint} ({@code path:row: [CODE] text}); {@code --exit-zero} changes only the
 * exit code, so findings still count. With {@code --count} the closing total is used, which also
 * covers {@code -q} (file names only).
 *
 * <p>flake8 prints nothing at all when the code is clean, so empty output is 0 issues. Output
 * with text but no finding (a crash, or a {@code make} echo line) is not recognised: a stray
 * line must not read as "clean". flake8 has no built-in JSON format (that takes a plugin).
 */
final class Flake8Parser implements Parser {
  private static final Pattern FINDING =
      Pattern.compile("^.+?:\\d+:(?:\\d+:)? (?:[A-Z]+\\d+ |\\[[A-Z]+\\d+\\] )", Pattern.MULTILINE);
  /** {@code --count}'s total: a bare number as the last line. */
  private static final Pattern COUNT = Pattern.compile("(?:^|\\n)(\\d+)\\s*$");

  @Override
  public String name() {
    return "flake8";
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
    return Tally.sum(sources, "flake8 findings or clean (empty) output", (text, source) -> read(text))
        .toMap();
  }

  static Optional<Tally> read(String text) {
    if (text.isBlank()) {
      return Optional.of(new Tally().put("issues", 0));
    }
    Matcher count = COUNT.matcher(text);
    if (count.find()) {
      return Optional.of(new Tally().put("issues", Double.parseDouble(count.group(1))));
    }
    long findings = FINDING.matcher(text).results().count();
    return findings == 0 ? Optional.empty() : Optional.of(new Tally().put("issues", findings));
  }
}
