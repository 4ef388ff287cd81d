package dev.preflight.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generic JSON parser, {@code parse: json}: each option {@code metrics.NAME} is a JSON
 * Pointer (RFC 6901, e.g. {@code /totals/percent_covered}) whose value becomes metric NAME.
 *
 * <p>Values: a number as is; {@code true}/{@code false} as 1/0, so {@code expect: healthy ==
 * 1} works; a string only when it is a plain number ({@code "85.5"}, some APIs quote numbers);
 * an array as its length, so {@code metrics.findings: /results} counts findings. A pointer to
 * nothing or to {@code null} gives no metric (a condition on it is then an error); an object or
 * a wordy string is an error. With several sources the first that has the value wins.
 */
final class JsonPointerParser implements Parser {
  private static final String PREFIX = "metrics.";

  @Override
  public String name() {
    return "json";
  }

  /** The names under {@code metrics:}. */
  @Override
  public Set<String> metricNames(Map<String, String> options) {
    Set<String> names = new TreeSet<>();
    options.keySet().stream().filter(k -> k.startsWith(PREFIX))
        .forEach(k -> names.add(k.substring(PREFIX.length())));
    return names;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    Map<String, String> pointers = new LinkedHashMap<>();
    options.entrySet().stream()
        .filter(e -> e.getKey().startsWith(PREFIX))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> pointers.put(e.getKey().substring(PREFIX.length()), e.getValue()));
    if (pointers.isEmpty()) {
      throw new ParseException("the json parser needs metrics: {name: /json/pointer}");
    }
    for (var e : pointers.entrySet()) {
      if (!JsonDocument.isPointer(e.getValue())) {
        throw new ParseException("metric '" + e.getKey() + "': '" + e.getValue()
            + "' is not a JSON Pointer (RFC 6901), such as /totals/percent_covered");
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    boolean anyJson = false;
    for (Source source : sources) {
      var doc = JsonDocument.parse(ToolText.plain(source.text()));
      if (doc.isEmpty()) {
        continue;
      }
      anyJson = true;
      for (var e : pointers.entrySet()) {
        if (!out.containsKey(e.getKey())) {
          JsonDocument value = doc.get().at(e.getValue());
          if (!value.isMissing()) {
            out.put(e.getKey(), number(e.getKey(), e.getValue(), value, source));
          }
        }
      }
    }
    if (!anyJson) {
      throw new ParseException("no JSON document found in " + ToolText.names(sources));
    }
    return out;
  }

  private static double number(String metric, String pointer, JsonDocument value, Source source)
      throws ParseException {
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? 1 : 0;
    }
    if (value.isArray()) {
      return value.size();
    }
    if (value.isText()) {
      var n = ToolText.number(value.asText());
      if (n.isPresent()) {
        return n.get();
      }
    }
    String shown = value.isText() ? "\"" + value.asText() + "\"" : "an object";
    throw new ParseException("metric '" + metric + "': " + pointer + " in " + source.name()
        + " is " + shown + ", not a number");
  }
}
