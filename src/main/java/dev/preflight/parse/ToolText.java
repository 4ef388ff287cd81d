package dev.preflight.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What every parser does to a tool's text before reading it, and how it reads numbers. */
final class ToolText {
  /**
   * CSI sequences (colours, cursor moves), OSC sequences (hyperlinks, titles) and the two-byte
   * escapes such as {@code ESC ( B} that mypy's curses-based colouring emits after each span.
   */
  private static final Pattern ANSI =
      Pattern.compile(
          "\u001B\\[[0-?]*[ -/]*[@-~]"
              + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)"
              + "|\u001B[()*+][0-9A-Za-z]"
              + "|\u001B[@-Z\\\\-_]");

  /** Numbers as tools print them: no locale, no thousands separators, no hex or "1f" suffixes. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

  private ToolText() {}

  /** The text without ANSI escapes and with Windows or old-Mac line ends made {@code \n}. */
  static String plain(String text) {
    return ANSI.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A number printed by a tool, with an optional trailing {@code %}; empty when it is not one. */
  static Optional<Double> number(String printed) {
    String s = printed.strip();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return NUMBER.matcher(s).matches() ? Optional.of(Double.parseDouble(s)) : Optional.empty();
  }

  /**
   * The last match of {@code pattern}, or null: tools print their summary at the end, after
   * any earlier lines that might look alike. A live Matcher (not a MatchResult) keeps named
   * groups readable on Java 17.
   */
  static Matcher lastMatch(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int start = -1;
    while (m.find()) {
      start = m.start();
    }
    return start >= 0 && m.find(start) ? m : null;
  }

  /** For messages: {@code stdout}, or {@code a.xml, b.xml}. */
  static String names(List<Source> sources) {
    return sources.stream().map(Source::name).collect(Collectors.joining(", "));
  }

  /** 100 × part / whole; an empty whole counts as fully covered, as coverage.py and JaCoCo do. */
  static double percent(double part, double whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }
}
