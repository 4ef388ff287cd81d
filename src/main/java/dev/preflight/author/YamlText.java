package dev.preflight.author;

import dev.preflight.load.YamlQuoting;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars by hand, so that generated checklists keep their comments and read as a
 * person would write them: plain where YAML reads the text back unchanged, double-quoted
 * otherwise, a literal block for several lines.
 */
final class YamlText {
  /** Plain scalars YAML 1.1 or 1.2 would read as something other than a string. */
  private static final Pattern SPECIAL = Pattern.compile(
      "(?i)~|null|true|false|yes|no|y|n|on|off|[-+]?\\.?(inf|nan)|[-+0-9._:eExXoObB]+");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private YamlText() {}

  /** {@code text} as a scalar in block context (a map value or list entry). */
  static String scalar(String text) {
    return plainSafe(text, false) ? text : YamlQuoting.doubleQuoted(text);
  }

  /** {@code text} as an entry of a flow list {@code [a, b]}. */
  static String flowScalar(String text) {
    return plainSafe(text, true) ? text : YamlQuoting.doubleQuoted(text);
  }

  /** {@code key: value} lines for {@code text} at {@code indent}, a literal block if multi-line. */
  static void keyValue(StringBuilder out, String indent, String key, String text) {
    if (text.contains("\n") && text.lines().noneMatch(l -> l.startsWith(" ") || l.endsWith(" "))
        && !text.startsWith("\n") && !text.endsWith("\n")) {
      out.append(indent).append(key).append(": |-\n");
      for (String line : text.split("\n", -1)) {
        out.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
      }
      return;
    }
    out.append(indent).append(key).append(": ").append(scalar(text)).append('\n');
  }

  /** A flow list when every entry is plain, else a block list. */
  static void list(StringBuilder out, String indent, String key, List<String> values) {
    if (values.stream().allMatch(v -> plainSafe(v, true))) {
      out.append(indent).append(key).append(": [").append(String.join(", ", values))
          .append("]\n");
      return;
    }
    out.append(indent).append(key).append(":\n");
    for (String v : values) {
      out.append(indent).append("  - ").append(scalar(v)).append('\n');
    }
  }

  static boolean plainSafe(String s, boolean flow) {
    if (s.isEmpty() || !s.strip().equals(s) || INDICATORS.indexOf(s.charAt(0)) >= 0
        || s.contains(": ") || s.contains(" #") || s.endsWith(":") || SPECIAL.matcher(s).matches()
        || s.contains("{{")) {
      return false;
    }
    if (flow && s.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
      return false;
    }
    return s.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)
        && c != 0xfeff && c != 0x2028 && c != 0x2029);
  }

  /** A comment line's text, kept on one line. */
  static String comment(String text) {
    return text.replaceAll("[\\r\\n]+", " ").stripTrailing();
  }
}
