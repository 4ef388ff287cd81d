package dev.preflight.expect;

import dev.preflight.model.Value;
import java.util.regex.Pattern;

/**
 * Shows a condition's value the way the user wrote it: {@code 80%}, {@code 2s}, {@code "ready"},
 * {@code /ERROR/i}.
 */
public final class Values {
  private Values() {}

  public static String show(Value value) {
    if (value instanceof Value.Number n) {
      return Numbers.format(n.value()) + (n.percent() ? "%" : "");
    }
    if (value instanceof Value.Span s) {
      return Durations.format(s.duration());
    }
    if (value instanceof Value.Size z) {
      return z.text();
    }
    if (value instanceof Value.Text t) {
      return quote(t.text());
    }
    Pattern p = ((Value.Regex) value).pattern();
    String flags = ((p.flags() & Pattern.CASE_INSENSITIVE) != 0 ? "i" : "")
        + ((p.flags() & Pattern.DOTALL) != 0 ? "s" : "");
    return "/" + p.pattern().replace("/", "\\/") + "/" + flags;
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\t", "\\t") + '"';
  }
}
