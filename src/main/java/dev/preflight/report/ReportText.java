package dev.preflight.report;

/**
 * Text from a checklist or a command made fit for a document report (XML, HTML, Markdown):
 * escape sequences stripped, line ends normalised, and every character removed that XML 1.0
 * forbids or that is an invisible terminal control (C0 except tab and newline, DEL, C1, lone
 * surrogates, U+FFFE, U+FFFF). One cleaning for all document formats, so they agree on what a
 * command "said"; the U+FFFD of invalid UTF-8 stays, it tells the reader bytes were lost.
 */
final class ReportText {
  private ReportText() {}

  /** Multi-line text: {@code \r\n} and a lone {@code \r} become {@code \n}. */
  static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String text = Escapes.strip(s).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t' || c == '\n' || !forbidden(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * One line for a title or a name: line breaks and tabs a YAML string may carry become
   * spaces, so nothing written by the user can start a new line in the report. Trimmed, as
   * Markdown emphasis does not close after a space.
   */
  static String line(String s) {
    return clean(s).replace('\n', ' ').replace('\t', ' ').strip();
  }

  /** The first non-blank line of {@code s}, cleaned; empty when there is none. */
  static String firstLine(String s) {
    for (String l : clean(s).split("\n")) {
      if (!l.isBlank()) {
        return l.strip();
      }
    }
    return "";
  }

  private static boolean forbidden(char c) {
    return Escapes.isControl(c) || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff';
  }
}
