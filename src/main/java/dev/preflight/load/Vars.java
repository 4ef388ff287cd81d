package dev.preflight.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{ name }}} substitution from {@code vars:} and {@code --var} overrides.
 *
 * <p>Only a plain name between the braces is a reference, so Go templates in commands such as
 * {@code docker inspect --format '{{.State.Status}}'} pass through untouched.
 */
final class Vars {
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{\\s*(" + NAME.pattern() + ")\\s*}}");

  private final Map<String, String> values;

  Vars(Map<String, String> values) {
    this.values = new TreeMap<>(values);
  }

  /** Every variable and its value. */
  Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** {@code text} with every reference replaced; unknown names are reported and left as is. */
  String expand(String text, Mark at, String path, Problems problems) {
    if (text.indexOf("{{") < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.get(name);
      if (value == null) {
        problems.add(at, path, "unknown variable '" + name + "'", hintFor(name));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String hintFor(String name) {
    String define = "define it under vars: or pass --var " + name + "=VALUE";
    if (values.isEmpty()) {
      return define;
    }
    return Suggestions.closest(name, values.keySet())
        .map(c -> "did you mean `" + c + "`?")
        .orElse("defined: " + String.join(", ", values.keySet()) + "; or " + define);
  }
}
