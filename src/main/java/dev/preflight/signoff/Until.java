package dev.preflight.signoff;

import dev.preflight.expect.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * When a waiver ends (SPEC §9). A date counts through the end of that day in UTC, as a person
 * reading "until 2026-12-15" expects; a duration ({@code 14d}, {@code 36h}) counts from now. At
 * most 90 days ahead: an accepted risk is looked at again, not forgotten.
 */
public final class Until {
  public static final Duration MAX_AHEAD = Duration.ofDays(90);

  private Until() {}

  /** A {@code --until} the user must change; the message says how. */
  public static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** What to record for {@code typed} at {@code now}: the date as typed, or an instant. */
  public static String resolve(String typed, Instant now) throws Invalid {
    String text = typed == null ? "" : typed.strip();
    Instant latest = now.plus(MAX_AHEAD);
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Invalid("--until " + text + " is not a date (write YYYY-MM-DD, e.g. "
            + LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(14) + ")");
      }
      // a date may be the 90th day itself, which ends after now + 90 days
      check(text, expiry(text), now, latest, expiry(LocalDate.ofInstant(latest, ZoneOffset.UTC)
          .toString()));
      return text;
    }
    Instant until;
    try {
      until = (text.contains("T") ? Instant.parse(text) : now.plus(Durations.parse(text)))
          .truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException | Durations.InvalidDuration e) {
      throw new Invalid("--until '" + text + "' is neither a date nor a duration (write e.g. "
          + LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(14) + " or 14d)");
    }
    check(text, until, now, latest, latest);
    return until.toString();
  }

  /** The instant a recorded {@code until} ends; throws for text that is neither. */
  public static Instant expiry(String until) {
    if (until.length() == 10) {
      return LocalDate.parse(until).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return Instant.parse(until);
  }

  private static void check(String text, Instant until, Instant now, Instant latest,
      Instant allowed) throws Invalid {
    if (!until.isAfter(now)) {
      throw new Invalid("--until " + text + " is in the past; a waiver ends in the future");
    }
    if (until.isAfter(allowed)) {
      throw new Invalid("--until " + text + " is more than 90 days ahead (latest: "
          + LocalDate.ofInstant(latest, ZoneOffset.UTC) + "); waive again when it ends");
    }
  }
}
