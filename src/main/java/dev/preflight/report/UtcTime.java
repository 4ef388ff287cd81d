package dev.preflight.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Report timestamps, always UTC and to the second: a report is read in other time zones than
 * the one it was made in, and sub-second precision lives in the durations.
 */
final class UtcTime {
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private UtcTime() {}

  /** ISO-8601, e.g. {@code 2026-11-27T18:00:00Z}; null for null. */
  static String iso(Instant instant) {
    return instant == null
        ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** For people, e.g. {@code 2026-11-27 18:00:00 UTC}; empty for null. */
  static String readable(Instant instant) {
    return instant == null ? "" : READABLE.format(instant);
  }
}
