package dev.preflight.report;

/**
 * What the reports do to text a command printed, for messages that quote it elsewhere (a chat
 * notification, an e-mail): escape sequences and control characters removed, one way for all.
 */
public final class PlainText {
  private PlainText() {}

  /** Multi-line text, cleaned as the document reports clean it. */
  public static String clean(String s) {
    return ReportText.clean(s);
  }

  /** One line: line breaks and tabs become spaces, ends trimmed. */
  public static String line(String s) {
    return ReportText.line(s);
  }
}
