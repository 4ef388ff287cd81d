package dev.preflight.report;

import dev.preflight.model.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * How every report words a {@code notify} item's message: to whom ({@code → dingtalk
 * oapi.dingtalk.com}) and what, whatever the item's status, so that a message that could not
 * be sent can still be posted by hand from any report.
 */
final class NoticeText {
  /** Lines of a message shown under an item in the line-oriented reports. */
  static final int MAX_LINES = 5;

  private NoticeText() {}

  /** {@code → dingtalk oapi.dingtalk.com}. */
  static String to(Notice n) {
    return "→ " + ReportText.line(n.target());
  }

  /** The message's non-blank lines, cleaned, at most {@link #MAX_LINES}. */
  static List<String> lines(Notice n) {
    List<String> lines = new ArrayList<>();
    for (String l : ReportText.clean(n.message()).split("\n")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    if (lines.size() > MAX_LINES) {
      int more = lines.size() - MAX_LINES + 1;
      lines = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
      lines.add("… " + more + " more lines");
    }
    return lines;
  }

  /** The whole notice as plain text: target, message, and the target's answer when there is one. */
  static String plain(Notice n) {
    return "notify " + ReportText.line(n.target()) + "\n" + ReportText.clean(n.message()).strip()
        + (n.answer() == null ? "" : "\nanswer: " + ReportText.line(n.answer()));
  }
}
