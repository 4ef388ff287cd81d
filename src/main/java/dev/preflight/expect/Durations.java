package dev.preflight.expect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them: {@code 500ms 30s 5m 1h 1h30m 2m30s 1.5s 7d}. Parts go from the
 * largest unit to the smallest, each unit at most once. Shared by the checklist loader
 * ({@code timeout:}, {@code retry_delay:}, {@code valid_for:}), the condition language
 * ({@code duration < 2s}) and waivers ({@code --until 30d}).
 */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|d|h|m|s)");
  private static final Pattern BARE_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final List<String> UNITS = List.of("d", "h", "m", "s", "ms");
  // Beyond any sensible timeout or sign-off validity, and far below Duration/long overflow.
  private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(400L * 86_400_000);

  private Durations() {}

  /** A duration the user wrote badly; the message names the problem, the hint the fix. */
  public static final class InvalidDuration extends IllegalArgumentException {
    private final String hint;

    InvalidDuration(String message, String hint) {
      super(message);
      this.hint = hint;
    }

    public String hint() {
      return hint;
    }
  }

  /** Parses {@code text}, or throws {@link InvalidDuration} with a message and a hint. */
  public static Duration parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new InvalidDuration("empty duration", "write a duration like 30s");
    }
    if (BARE_NUMBER.matcher(s).matches()) {
      throw new InvalidDuration(
          "duration '" + s + "' has no unit", "add a unit: " + s.replace("-", "") + "s");
    }
    Matcher m = PART.matcher(s);
    BigDecimal millis = BigDecimal.ZERO;
    int pos = 0;
    int lastUnit = -1;
    while (pos < s.length()) {
      if (!m.find(pos) || m.start() != pos) {
        throw invalid(s);
      }
      int unit = UNITS.indexOf(m.group(2));
      if (unit <= lastUnit) {
        throw new InvalidDuration(
            "units in '" + s + "' are out of order or repeated", "write e.g. 1h30m or 2m30s");
      }
      lastUnit = unit;
      millis = millis.add(new BigDecimal(m.group(1)).multiply(millisPer(m.group(2))));
      pos = m.end();
    }
    if (millis.compareTo(MAX_MILLIS) > 0) {
      throw new InvalidDuration("duration '" + s + "' is too long", "stay under 400d");
    }
    return Duration.ofMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  /** Short and exact enough for reasons and reports: {@code 350ms 1.2s 30s 2m30s 1h30m}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      BigDecimal seconds =
          BigDecimal.valueOf(ms).movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
      return seconds.stripTrailingZeros().toPlainString() + "s";
    }
    long totalSeconds = Math.round(ms / 1000.0);
    long h = totalSeconds / 3600;
    long m = totalSeconds % 3600 / 60;
    long s = totalSeconds % 60;
    StringBuilder sb = new StringBuilder();
    if (h > 0) {
      sb.append(h).append('h');
    }
    if (m > 0) {
      sb.append(m).append('m');
    }
    if (s > 0) {
      sb.append(s).append('s');
    }
    return sb.toString();
  }

  private static InvalidDuration invalid(String s) {
    return new InvalidDuration(
        "'" + s + "' is not a duration", "write a duration like 500ms, 30s, 5m or 1h30m");
  }

  private static BigDecimal millisPer(String unit) {
    return switch (unit) {
      case "ms" -> BigDecimal.ONE;
      case "s" -> BigDecimal.valueOf(1_000);
      case "m" -> BigDecimal.valueOf(60_000);
      case "h" -> BigDecimal.valueOf(3_600_000);
      default -> BigDecimal.valueOf(86_400_000);
    };
  }
}
