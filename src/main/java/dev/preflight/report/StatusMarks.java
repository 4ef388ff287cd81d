package dev.preflight.report;

import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import java.util.List;

/**
 * How the document reports (markdown, html) mark statuses and verdicts for people: emoji that
 * read at a glance in a pull request or a browser, and the order in which counts are listed.
 */
final class StatusMarks {
  /** SPEC §7's summary order: outcomes first, then what was not judged. */
  static final List<Status> ORDER = List.of(
      Status.PASS, Status.FAIL, Status.ERROR, Status.BLOCKED, Status.PENDING, Status.SKIPPED,
      Status.WAIVED);

  private StatusMarks() {}

  static String emoji(Status status) {
    return switch (status) {
      case PASS -> "✅";
      case FAIL -> "❌";
      case ERROR -> "💥";
      case BLOCKED -> "⛔";
      case PENDING -> "⏳";
      case SKIPPED -> "⏭️";
      case WAIVED -> "🟡";
    };
  }

  /** An item's mark: a warning-severity item that did not pass never blocks, so it warns. */
  static String emoji(ItemResult r) {
    return ItemLines.isWarning(r) ? "⚠️" : emoji(r.status());
  }

  /**
   * The mark of a verdict word: {@code pass}, {@code fail}, {@code pending} or
   * {@code interrupted}.
   */
  static String verdict(String word) {
    return switch (word) {
      case "pass" -> "✅";
      case "pending" -> "⏳";
      case "interrupted" -> "🛑";
      default -> "❌";
    };
  }
}
