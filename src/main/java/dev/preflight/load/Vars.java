package dev.preflight.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{ name }}} substitution from {@code vars:} and {@code --var} overrides, and {@code {{
 * port.NAME }}}: a free TCP port on this machine, chosen once per load, the same number wherever
 * the same NAME appears (for services that must not collide with anything already listening).
 *
 * <p>Only a plain name between the braces is a reference, so Go templates in commands such as
 * {@code docker inspect --format '{{.State.Status}}'} pass through untouched, and so does {@code
 * {{ env.NAME }}}, which probes fill in when they run.
 */
final class Vars {
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{\\s*(" + NAME.pattern() + "|port\\." + NAME.pattern()
          + ")\\s*}}");

  private final Map<String, String> values;
  private final FreePorts ports;

  Vars(Map<String, String> values) {
    this(values, FreePorts.NONE);
  }

  Vars(Map<String, String> values, FreePorts ports) {
    this.values = new TreeMap<>(values);
    this.ports = ports;
  }

  /** These variables, with the same free ports ({@code {{ port.NAME }}} is one port per run). */
  Vars with(Map<String, String> values) {
    return new Vars(values, ports);
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
      String value = name.startsWith("port.") ? ports.port(name.substring(5)) : values.get(name);
      if (value == null && name.startsWith("port.")) {
        problems.add(at, path, "no free port for '" + name + "'", null);
        value = m.group();
      } else if (value == null) {
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
