package dev.preflight.expect;

import java.math.BigDecimal;

/**
 * Numbers as users read them in reasons: {@code 72.4}, {@code 80}, {@code 0.5}, never {@code
 * 80.0}.
 */
public final class Numbers {
  private Numbers() {}

  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
