package dev.preflight.report;

import dev.preflight.model.ItemResult;
import java.util.List;

/**
 * Where the columns of the item lines go, sized to this run: the status words start in one
 * cell column, padded to the longest of them so durations align too, and the right-hand part
 * is as wide as the run's metrics need (within limits) so titles get the rest.
 *
 * @param statusColumn the cell column where every status word starts
 * @param statusWidth cells taken by the longest status word, e.g. {@code pending (warning)}
 */
record Columns(int width, int statusColumn, int statusWidth) {
  static final int DURATION = 5;
  private static final int GAPS = 4;
  private static final int MAX_METRICS = 36;

  static Columns of(int width, List<ItemResult> items) {
    int statusWidth = "pending".length();
    int metrics = 0;
    for (ItemResult r : items) {
      statusWidth = Math.max(statusWidth, ItemLines.statusText(r).length());
      metrics = Math.max(metrics, Cells.width(String.join("  ", ItemLines.metrics(r))));
    }
    int right = statusWidth + GAPS + DURATION + Math.min(MAX_METRICS, metrics);
    int clamped = Math.max(Math.min(right, width / 2), Math.min(24, width / 2));
    return new Columns(width, width - clamped, statusWidth);
  }

  /** Cells left for metrics after the status and duration columns. */
  int metricsRoom() {
    return Math.max(1, width - statusColumn - statusWidth - GAPS - DURATION);
  }
}
