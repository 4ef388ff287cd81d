package dev.preflight.load;

/**
 * How preflight writes a YAML double-quoted scalar, for the files it writes by hand (generated
 * checklists, the records file): the loader reads the text back unchanged, and no control
 * character, C1 control, line separator or byte-order mark reaches the file raw.
 */
public final class YamlQuoting {
  private YamlQuoting() {}

  /** {@code s} in double quotes, with YAML's escapes. */
  public static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || c == '\ufeff') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
