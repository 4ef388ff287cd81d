package dev.preflight.report;

import java.time.Duration;

/** Durations as people read them in a report: {@code 120ms}, {@code 3.2s}, {@code 1m05s}. */
final class HumanDuration {
  private HumanDuration() {}

  static String format(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 1000) {
      return ms + "ms";
    }
    // rounding first, so 59.96s becomes 1m00s rather than 60.0s
    long tenths = Math.round(ms / 100.0);
    if (tenths < 600) {
      return tenths / 10 + "." + tenths % 10 + "s";
    }
    long seconds = Math.round(ms / 1000.0);
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    long minutes = Math.round(ms / 60_000.0);
    return String.format("%dh%02dm", minutes / 60, minutes % 60);
  }
}
