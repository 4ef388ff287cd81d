package dev.preflight.expect;

import dev.preflight.model.Condition;
import dev.preflight.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;

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

  /**
   * A figure that failed {@code condition}, with two decimals as the reports show metrics
   * ({@code coverage = 57.14}, not {@code 57.142857142857146}), or as many more as it takes to
   * keep the reason true: 79.996 against {@code > 80} is {@code 79.996}, never {@code 80}.
   */
  static String failing(double actual, Condition condition) {
    // only reasons of failed conditions come here: the figure shown must fail the same way
    if (Double.isNaN(actual) || Double.isInfinite(actual) || actual == Math.rint(actual)) {
      return format(actual);
    }
    BigDecimal exact = BigDecimal.valueOf(actual);
    for (int scale = 2; scale < exact.scale(); scale++) {
      double shown = exact.setScale(scale, RoundingMode.HALF_UP).doubleValue();
      if (!condition.holdsFor(shown) && !equalsExpected(shown, condition)) {
        return format(shown);
      }
    }
    return format(actual);
  }

  private static boolean equalsExpected(double shown, Condition condition) {
    return condition.value() instanceof Value.Number n && n.value() == shown;
  }
}
