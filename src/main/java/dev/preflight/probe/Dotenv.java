package dev.preflight.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a dotenv file as docker compose and python-dotenv do: {@code NAME=value} lines, an
 * optional {@code export }, {@code #} comments (also after an unquoted value, after a space),
 * single quotes taken literally, double quotes with {@code \n \t \" \\} escapes and spanning
 * lines, surrounding blanks trimmed. A later line wins over an earlier one.
 */
final class Dotenv {
  private Dotenv() {}

  static final class Malformed extends Exception {
    Malformed(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  static Map<String, String> parse(String text) throws Malformed {
    Map<String, String> out = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new Malformed(i + 1, "expected NAME=value");
      }
      String name = line.substring(0, eq).strip();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        throw new Malformed(i + 1, "'" + name + "' is not a variable name");
      }
      String rest = line.substring(eq + 1).strip();
      if (rest.startsWith("'")) {
        int end = rest.indexOf('\'', 1);
        if (end < 0) {
          throw new Malformed(i + 1, "unterminated ' quote");
        }
        out.put(name, rest.substring(1, end));
      } else if (rest.startsWith("\"")) {
        StringBuilder value = new StringBuilder();
        String chunk = rest.substring(1);
        int start = i;
        while (!closeQuoted(chunk, value)) {
          if (++i >= lines.length) {
            throw new Malformed(start + 1, "unterminated \" quote");
          }
          value.append('\n');
          chunk = lines[i];
        }
        out.put(name, value.toString());
      } else {
        int comment = rest.indexOf(" #");
        out.put(name, (comment < 0 ? rest : rest.substring(0, comment)).strip());
      }
    }
    return out;
  }

  /** Appends {@code chunk} up to a closing quote; false when the value goes on. */
  private static boolean closeQuoted(String chunk, StringBuilder value) {
    for (int j = 0; j < chunk.length(); j++) {
      char c = chunk.charAt(j);
      if (c == '"') {
        return true;
      }
      if (c == '\\' && j + 1 < chunk.length()) {
        char n = chunk.charAt(++j);
        value.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        value.append(c);
      }
    }
    return false;
  }
}
