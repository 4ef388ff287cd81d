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
   * The number for a report line, at most two decimals ({@code 99.87} for an exact
   * {@code 99.86595…}); machine reports keep the exact figure.
   */
  static String brief(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    return format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue());
  }
}
