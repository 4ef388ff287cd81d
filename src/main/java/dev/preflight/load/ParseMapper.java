package dev.preflight.load;

import dev.preflight.model.ParseSpec;
import dev.preflight.parse.MetricPattern;
import dev.preflight.parse.Parsers;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code parse:} (SPEC §5): a parser name, or {@code {parser, from, pattern, metrics}}.
 * Options reach the parser as {@code pattern} and {@code metrics.NAME}.
 */
final class ParseMapper {
  /** The parsers SPEC §5 promises; accepted even before the registry has them all. */
  static final List<String> SPEC_PARSERS = List.of("pytest", "junit", "coverage", "mypy",
      "flake8", "ruff", "pylint", "bandit", "pip-audit", "shellcheck", "regex", "json");
  static final List<String> KEYS = List.of("parser", "from", "pattern", "metrics");
  private static final Pattern METRIC = Pattern.compile("[a-z_][a-z0-9_]*");

  private final Context cx;

  ParseMapper(Context cx) {
    this.cx = cx;
  }

  static Set<String> knownParsers() {
    Set<String> names = new TreeSet<>(SPEC_PARSERS);
    names.addAll(Parsers.names());
    return names;
  }

  ParseSpec map(Node node, String path) {
    if (node instanceof Node.Scalar s) {
      String name = parser(s, path);
      if (name != null && (name.equals("regex") || name.equals("json"))) {
        cx.report(s, path, "parser " + name + " needs settings",
            name.equals("regex") ? "write parse: {parser: regex, pattern: '(?<count>\\d+) ok'}"
                : "write parse: {parser: json, metrics: {total: /summary/total}}");
        return null;
      }
      return name == null ? null : ParseSpec.of(name);
    }
    if (!(node instanceof Node.MapNode map)) {
      cx.report(node, path, "expected a parser name or a map, got " + node.describe(),
          "e.g. parse: pytest");
      return null;
    }
    Fields f = cx.fields(map, path);
    f.allowOnly(KEYS, Map.of("name", "parser", "source", "from", "regex", "pattern"), Map.of());
    if (f.node("parser") == null) {
      cx.problems().add(map.mark(), path, "missing required key 'parser'", "e.g. parser: junit");
      return null;
    }
    if (!(f.node("parser") instanceof Node.Scalar nameNode)) {
      cx.report(f.node("parser"), f.path("parser"), "expected a parser name", "e.g. parser: junit");
      return null;
    }
    String name = parser(nameNode, f.path("parser"));
    String from = f.text("from");
    Map<String, String> options = new LinkedHashMap<>();
    String pattern = f.text("pattern");
    if (pattern != null) {
      checkPattern(f, pattern, name);
      options.put("pattern", pattern);
    } else if ("regex".equals(name)) {
      cx.problems().add(map.mark(), path, "parser regex needs a pattern:",
          "e.g. pattern: '(?<passed>\\d+) passed'");
    }
    options.putAll(metrics(f, name));
    if (name == null) {
      return null;
    }
    return new ParseSpec(name, from == null || from.isBlank() ? null : from, options);
  }

  private String parser(Node.Scalar s, String path) {
    Set<String> known = knownParsers();
    if (known.contains(s.text())) {
      return s.text();
    }
    cx.report(s, path, "unknown parser '" + s.text() + "'",
        Suggestions.didYouMean(s.text(), known, "known parsers: " + String.join(", ", known)));
    return null;
  }

  private void checkPattern(Fields f, String pattern, String parser) {
    if (parser != null && !parser.equals("regex")) {
      cx.report(f.node("pattern"), f.path("pattern"), "pattern: applies only to parser regex",
          null);
      return;
    }
    try {
      Pattern.compile(MetricPattern.javaSyntax(pattern));
    } catch (PatternSyntaxException e) {
      cx.report(f.node("pattern"), f.path("pattern"), "bad regex: " + e.getDescription(), null);
      return;
    }
    List<String> names = MetricPattern.names(pattern);
    if (names.isEmpty()) {
      cx.report(f.node("pattern"), f.path("pattern"), "pattern has no named group",
          "name each metric: (?<passed>\\d+) passed");
    }
    for (String name : new LinkedHashSet<>(names)) {
      if (names.indexOf(name) != names.lastIndexOf(name)) {
        cx.report(f.node("pattern"), f.path("pattern"), "pattern names the group '" + name
            + "' twice", "each group is one metric; name them apart");
      } else if (!METRIC.matcher(name).matches()) {
        cx.report(f.node("pattern"), f.path("pattern"), "group name '" + name
            + "' cannot be used in expect:", "use lower-case letters, digits and _, e.g. "
            + name.toLowerCase(Locale.ROOT));
      }
    }
  }

  private Map<String, String> metrics(Fields f, String parser) {
    Map<String, String> options = new LinkedHashMap<>();
    Node.MapNode metrics = f.mapAt("metrics");
    if (metrics == null) {
      if ("json".equals(parser)) {
        cx.problems().add(f.map().mark(), f.path(), "parser json needs metrics:",
            "e.g. metrics: {total: /summary/total}");
      }
      return options;
    }
    if (parser != null && !parser.equals("json")) {
      cx.report(metrics, f.path("metrics"), "metrics: applies only to parser json", null);
      return options;
    }
    Fields m = cx.fields(metrics, f.path("metrics"));
    for (Node.Entry e : metrics.entries()) {
      if (!METRIC.matcher(e.key()).matches()) {
        cx.problems().add(e.keyMark(), m.path(e.key()),
            "metric name '" + e.key() + "' cannot be used in expect:",
            "use lower-case letters, digits and _, e.g. " + Suggestions.slug(e.key())
                .replaceAll("[.-]", "_"));
        continue;
      }
      String pointer = m.text(e.key());
      if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
        cx.report(e.value(), m.path(e.key()), "'" + pointer + "' is not a JSON pointer",
            "pointers start with /, e.g. /totals/percent_covered");
      } else if (pointer != null) {
        options.put("metrics." + e.key(), pointer);
      }
    }
    return options;
  }
}
