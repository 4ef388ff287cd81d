package dev.preflight.report;

/**
 * Escaping for the markdown report, which GitHub renders in pull requests and job summaries.
 * User text must never turn into markup there: a title with {@code *} or {@code |} would
 * reformat the list or break the table, and {@code <} would open raw HTML.
 */
final class MarkdownText {
  /**
   * Characters with a meaning mid-line in inline Markdown, GFM tables or HTML. {@code >} and
   * {@code !} only matter at a line start or before {@code [}, which user text never reaches.
   */
  private static final String SPECIAL = "\\`*_[]<|#~&";

  private MarkdownText() {}

  /** One line of prose, each special character backslash-escaped (CommonMark allows any). */
  static String inline(String raw) {
    String s = ReportText.line(raw);
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A code span that holds any text: delimited by one backtick more than the longest run
   * inside, and padded with spaces when the text starts or ends with a backtick.
   */
  static String code(String raw) {
    String s = ReportText.line(raw);
    String ticks = "`".repeat(longestRun(s, '`') + 1);
    String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return ticks + pad + s + pad + ticks;
  }

  /** A fenced block at {@code indent} whose fence is longer than any backtick run inside. */
  static String fenced(String raw, String indent) {
    String s = ReportText.clean(raw);
    String fence = "`".repeat(Math.max(3, longestRun(s, '`') + 1));
    StringBuilder out = new StringBuilder(indent).append(fence).append("text\n");
    for (String line : s.split("\n", -1)) {
      out.append(line.isEmpty() ? "" : indent + line).append('\n');
    }
    return out.append(indent).append(fence).append('\n').toString();
  }

  private static int longestRun(String s, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
