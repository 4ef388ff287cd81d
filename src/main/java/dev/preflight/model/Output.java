package dev.preflight.model;

/**
 * What one stream of a command printed, bounded: the text keeps the head and the tail and
 * marks what was dropped between them.
 *
 * @param text decoded UTF-8 (invalid bytes replaced), head and tail joined by an omission marker
 * @param bytes how many bytes the stream carried in all
 */
public record Output(String text, long bytes) {
  public static final Output EMPTY = new Output("", 0);

  /** The last {@code n} non-blank lines, for the report. */
  public java.util.List<String> lastLines(int n) {
    java.util.List<String> lines =
        text.lines().filter(l -> !l.isBlank()).toList();
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
