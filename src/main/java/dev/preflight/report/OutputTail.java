package dev.preflight.report;

import dev.preflight.model.Output;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The end of a command's output for machine reports: enough to see why it failed without
 * making the report as big as the log. At most 50 lines and about 4 KiB of UTF-8, escapes
 * stripped, line ends normalised; a cut never splits a character or starts mid-line.
 */
final class OutputTail {
  static final int MAX_LINES = 50;
  static final int MAX_BYTES = 4096;

  private OutputTail() {}

  static String of(Output output) {
    if (output == null || output.text().isEmpty()) {
      return "";
    }
    String text = Escapes.strip(output.text()).replace("\r\n", "\n").stripTrailing();
    List<String> lines = text.lines().toList();
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size()));
    if (tail.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return tail;
    }
    int start = tail.length();
    int bytes = 0;
    while (start > 0) {
      int cp = tail.codePointBefore(start);
      int size = Character.toString(cp).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > MAX_BYTES) {
        break;
      }
      bytes += size;
      start -= Character.charCount(cp);
    }
    String cut = tail.substring(start);
    int newline = cut.indexOf('\n');
    // drop the partial first line, unless it is the only line there is
    return newline >= 0 && newline < cut.length() - 1 ? cut.substring(newline + 1) : cut;
  }
}
