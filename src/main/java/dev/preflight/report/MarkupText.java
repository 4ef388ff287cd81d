package dev.preflight.report;

/**
 * Escaping for XML (the junit report) and HTML (the html report), which need the same: the
 * five markup characters as entities, after {@link ReportText#clean} removed what neither may
 * contain. No CDATA: entity escaping has no {@code ]]>} edge case to get wrong.
 */
final class MarkupText {
  private MarkupText() {}

  /** Element content. Newlines and tabs stay literal, so {@code <pre>} keeps its layout. */
  static String text(String raw) {
    return escape(ReportText.clean(raw), false);
  }

  /**
   * An attribute value for double quotes. Newlines and tabs become character references, which
   * survive the attribute-value normalisation that would otherwise turn them into spaces.
   */
  static String attribute(String raw) {
    return escape(ReportText.clean(raw), true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;"); // also keeps "]]>" out of XML text
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\'' -> out.append(attribute ? "&#39;" : "'");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
