package dev.preflight.load;

import java.util.ArrayList;
import java.util.List;

/** The checklist text split into lines, to look at what a node's mark points to. */
record SourceText(String text, String[] lines) {

  /** Lines end at \n, \r\n or \r, as YAML's do; a split by hand, as every byte passes here. */
  static SourceText of(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return new SourceText(text, lines.toArray(String[]::new));
  }

  /** The character at {@code mark}, or 0 when the mark is outside the text. */
  char charAt(Mark mark) {
    int index = indexOf(mark);
    return index < 0 ? 0 : lines[mark.line() - 1].charAt(index);
  }

  /** Whether {@code expected} is written verbatim starting at {@code mark} on one line. */
  boolean startsWith(Mark mark, String expected) {
    int index = indexOf(mark);
    return index >= 0 && lines[mark.line() - 1].startsWith(expected, index);
  }

  /**
   * The anchor ({@code &name}) and where the content starts, for a scalar whose mark points at
   * its properties. Jackson reports anchors on collections but not on scalars, so they are read
   * here from the text.
   */
  record Properties(String anchor, Mark content) {}

  Properties properties(Mark mark) {
    int index = indexOf(mark);
    if (index < 0) {
      return new Properties(null, mark);
    }
    String line = lines[mark.line() - 1];
    String anchor = null;
    int i = index;
    while (i < line.length() && (line.charAt(i) == '&' || line.charAt(i) == '!')) {
      int start = i + 1;
      i = start;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))
          && ",[]{}".indexOf(line.charAt(i)) < 0) {
        i++;
      }
      if (line.charAt(start - 1) == '&') {
        anchor = line.substring(start, i);
      }
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
    }
    Mark content = new Mark(mark.line(), line.codePointCount(0, i) + 1);
    return new Properties(anchor, content);
  }

  private int indexOf(Mark mark) {
    if (mark.line() < 1 || mark.line() > lines.length || mark.column() < 1) {
      return -1;
    }
    String line = lines[mark.line() - 1];
    int cps = line.codePointCount(0, line.length());
    if (mark.column() > cps) {
      return -1;
    }
    return line.offsetByCodePoints(0, mark.column() - 1);
  }
}
