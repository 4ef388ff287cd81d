package dev.preflight.report;

import java.math.BigDecimal;

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
}
