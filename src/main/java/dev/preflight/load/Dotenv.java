package dev.preflight.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dotenv file ({@code env_file:}) as docker compose and python-dotenv do: {@code
 * KEY=value} lines, {@code export} allowed, {@code #} comments, single quotes literal, double
 * quotes with {@code \n}, {@code \"} and {@code \\} escapes. A line that is none of these is
 * reported with its line number in that file.
 */
final class Dotenv {
  private static final Pattern LINE = Pattern.compile(
      "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

  private Dotenv() {}

  static Map<String, String> parse(String text, Problems problems) {
    Map<String, String> env = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(new Mark(i + 1, 1), "", "not a KEY=value line: " + line.strip(),
            "write NAME=value; names use letters, digits and _");
        continue;
      }
      String value = value(m.group(2));
      if (value == null) {
        problems.add(new Mark(i + 1, m.start(2) + 1), "", "unclosed quote in the value of "
            + m.group(1), "close the quote on the same line");
        continue;
      }
      env.put(m.group(1), value);
    }
    return env;
  }

  private static String value(String raw) {
    if (raw.startsWith("'")) {
      int end = raw.indexOf('\'', 1);
      return end < 0 ? null : raw.substring(1, end);
    }
    if (raw.startsWith("\"")) {
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\' && i + 1 < raw.length()) {
          char n = raw.charAt(++i);
          out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
        } else {
          out.append(c);
        }
      }
      return null;
    }
    int comment = raw.indexOf(" #");
    return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
  }
}
