package dev.preflight.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer with two-space indentation. Reports write a small, fixed
 * shape, and keeping Jackson out of this package keeps the report's exact bytes under our
 * control (SPEC §8 is a stable contract).
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  /** Per open container: whether it has an element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  JsonWriter beginObject() {
    return begin('{');
  }

  JsonWriter endObject() {
    return end('}');
  }

  JsonWriter beginArray() {
    return begin('[');
  }

  JsonWriter endArray() {
    return end(']');
  }

  JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String value) {
    separate();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
    return this;
  }

  JsonWriter value(Number value) {
    separate();
    out.append(value == null ? "null" : value.toString());
    return this;
  }

  /** Short lists of strings (section ids, reasons) on one line, where they read best. */
  JsonWriter strings(Iterable<String> values) {
    separate();
    out.append('[');
    String comma = "";
    for (String v : values) {
      out.append(comma);
      quote(v);
      comma = ", ";
    }
    out.append(']');
    return this;
  }

  /** A metric: integral values without {@code .0}; NaN and infinities, which JSON lacks, null. */
  JsonWriter number(double value) {
    separate();
    String text = MetricValue.format(value);
    out.append(text == null ? "null" : text);
    return this;
  }

  String toJson() {
    return out + "\n";
  }

  private JsonWriter begin(char bracket) {
    separate();
    out.append(bracket);
    open.push(new boolean[] {false});
    return this;
  }

  private JsonWriter end(char bracket) {
    boolean hadElements = open.pop()[0];
    if (hadElements) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  /** Comma and newline before every element but the first; nothing after a name. */
  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (open.isEmpty()) {
      return;
    }
    boolean[] state = open.peek();
    if (state[0]) {
      out.append(',');
    }
    state[0] = true;
    newline();
  }

  private void newline() {
    out.append('\n').append("  ".repeat(open.size()));
  }

  /**
   * Escapes what JSON requires plus what makes files unsafe to print: C0/C1 controls, DEL and
   * the JavaScript line separators. A lone surrogate (from a mangled stream) becomes U+FFFD,
   * because strict parsers reject it even escaped.
   */
  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\ufffd');
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
