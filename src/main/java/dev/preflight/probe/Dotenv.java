package dev.preflight.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a dotenv file as docker compose and python-dotenv do: {@code NAME=value} lines, an
 * optional {@code export }, {@code #} comments (also after an unquoted value, after a space),
 * single quotes taken literally, double quotes with {@code \n \t \" \\} escapes and spanning
 * lines, surrounding blanks trimmed. A later line wins over an earlier one.
 */
public final class Dotenv {
  private static final String PAIR = "write NAME=value; names use letters, digits and _";

  private Dotenv() {}

  /** Told about each line that is not a variable, which is then left out. */
  public interface Problems {
    void at(int line, int column, String message, String fix);
  }

  static final class Malformed extends Exception {
    Malformed(int line, String message) {
      super("line " + line + ": " + message);
    }
  }

  /** The variables, or the first line that is not one. */
  static Map<String, String> parse(String text) throws Malformed {
    int[] bad = {0};
    String[] why = {null};
    Map<String, String> out = parse(text, (line, column, message, fix) -> {
      if (bad[0] == 0) {
        bad[0] = line;
        why[0] = message;
      }
    });
    if (bad[0] != 0) {
      throw new Malformed(bad[0], why[0]);
    }
    return out;
  }

  /** The variables; each line that is not one is reported and skipped. */
  public static Map<String, String> parse(String text, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring(7).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        problems.at(i + 1, 1, "not a KEY=value line: " + line, PAIR);
        continue;
      }
      String name = line.substring(0, eq).strip();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        problems.at(i + 1, 1, "'" + name + "' is not a variable name", PAIR);
        continue;
      }
      String rest = line.substring(eq + 1).strip();
      int quoteColumn = raw.length() - raw.substring(raw.indexOf('=') + 1).stripLeading().length()
          + 1;
      if (rest.startsWith("'")) {
        int end = rest.indexOf('\'', 1);
        if (end < 0) {
          problems.at(i + 1, quoteColumn, "unclosed quote in the value of " + name,
              "close the quote on the same line");
          continue;
        }
        out.put(name, rest.substring(1, end));
      } else if (rest.startsWith("\"")) {
        StringBuilder value = new StringBuilder();
        String chunk = rest.substring(1);
        int start = i;
        boolean closed;
        while (!(closed = closeQuoted(chunk, value)) && i + 1 < lines.length) {
          value.append('\n');
          chunk = lines[++i];
        }
        if (!closed) {
          problems.at(start + 1, quoteColumn, "unclosed quote in the value of " + name,
              "close the double quote; a double-quoted value may span lines");
          continue;
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
