package dev.preflight.load;

/** The checklist text split into lines, to look at what a node's mark points to. */
record SourceText(String text, String[] lines) {

  static SourceText of(String text) {
    return new SourceText(text, text.split("\r?\n|\r", -1));
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
