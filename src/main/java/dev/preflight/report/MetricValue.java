package dev.preflight.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A metric as the tool printed it: {@code 42} not {@code 42.0}, {@code 72.4} not
 * {@code 72.40000000000001}-style noise from formatting, and no exponent notation.
 */
final class MetricValue {
  private MetricValue() {}

  /** The number's shortest exact decimal form, or null when it has none (NaN, infinities). */
  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * The number for every report a person reads (terminal, markdown, html, github): at most two
   * decimals ({@code 99.87} for an exact {@code 99.86595…}); the json report keeps the exact
   * figure. NaN and infinities as Java spells them.
   */
  static String brief(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue());
  }

  /** {@code coverage=99.87}, for the reports a person reads. */
  static String pair(String name, double value) {
    return name + "=" + brief(value);
  }
}
