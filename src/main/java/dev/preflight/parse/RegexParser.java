package dev.preflight.parse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The generic parser: option {@code pattern}, a Java regular expression whose named groups
 * become metrics, e.g. {@code p99=(?<p99_ms>\d+)ms}. Python's {@code (?P<name>…)} spelling and
 * underscores in names are accepted (Java allows neither), so metric names can read like the
 * rest of SPEC §5. {@code ^} and {@code $} match at line breaks.
 *
 * <p>The last match wins (tools print their result at the end), searching the sources in order.
 * A group that took no part in the match gives no metric; a group that matched something other
 * than a number ({@code 12}, {@code -0.5}, {@code 80%}) is an error.
 */
final class RegexParser implements Parser {
  @Override
  public String name() {
    return "regex";
  }

  /** The pattern's named groups, whatever else is wrong with it (the loader reports that). */
  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return new LinkedHashSet<>(MetricPattern.names(options.getOrDefault("pattern", "")));
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    String pattern = options.get("pattern");
    if (pattern == null || pattern.isEmpty()) {
      throw new ParseException("the regex parser needs a pattern: option");
    }
    List<String> metrics = MetricPattern.names(pattern);
    Pattern compiled = compile(pattern, metrics);
    Matcher last = null;
    for (Source source : sources) {
      Matcher m = ToolText.lastMatch(compiled, ToolText.plain(source.text()));
      last = m != null ? m : last;
    }
    if (last == null) {
      throw new ParseException(
          "pattern /" + pattern + "/ did not match " + ToolText.names(sources));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < metrics.size(); i++) {
      String value = last.group(MetricPattern.group(i));
      if (value == null) {
        continue;
      }
      String metric = metrics.get(i);
      out.put(metric, ToolText.number(value).orElseThrow(() -> new ParseException(
          "group '" + metric + "' matched '" + value + "', which is not a number")));
    }
    return out;
  }

  private static Pattern compile(String pattern, List<String> names) throws ParseException {
    for (String name : names) {
      if (names.indexOf(name) != names.lastIndexOf(name)) {
        throw new ParseException("pattern names the group '" + name + "' twice");
      }
    }
    if (names.isEmpty()) {
      throw new ParseException(
          "pattern /" + pattern + "/ has no named groups: name each metric, as in (?<passed>\\d+)");
    }
    try {
      return Pattern.compile(MetricPattern.javaSyntax(pattern), Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw new ParseException("pattern /" + pattern + "/ is not a valid regular expression: "
          + e.getDescription());
    }
  }

}
