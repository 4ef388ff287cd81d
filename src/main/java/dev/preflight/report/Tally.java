package dev.preflight.report;

import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;

/**
 * How far a run has got, as both progress views show it.
 *
 * @param done items finished, skipped or blocked so far
 * @param total items the run will report, or {@link #UNKNOWN} until the runner says
 * @param failed items that failed or hit an error so far, whatever their severity
 */
record Tally(int done, int total, int failed) {
  static final int UNKNOWN = -1;
  static final Tally START = new Tally(0, UNKNOWN, 0);

  Tally planned(int total) {
    return new Tally(done, Math.max(0, total), failed);
  }

  Tally plus(ItemResult r) {
    boolean bad = r.status() == Status.FAIL || r.status() == Status.ERROR;
    return new Tally(done + 1, total, failed + (bad ? 1 : 0));
  }

  /** {@code [ 3/40]}, padded to keep its width as the count grows; {@code [3]} until planned. */
  String counter() {
    if (total == UNKNOWN) {
      return "[" + done + "]";
    }
    String of = String.valueOf(total);
    return "[" + Cells.padLeft(String.valueOf(done), of.length()) + "/" + of + "]";
  }
}
