package dev.preflight.expect;

import dev.preflight.model.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as users write them in conditions: {@code 512B 1KB 5MB 2GB 1TB} (powers of 1000, as disk
 * vendors and {@code df -H} count) and {@code 1KiB 5MiB 2GiB 1TiB} (powers of 1024, as {@code ls
 * -lh} and {@code df -h} count). {@code kB} is accepted for KB.
 */
public final class Sizes {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([kKMGT]i?B|B)");
  private static final Map<String, Double> UNITS = Map.of(
      "B", 1d, "KB", 1e3, "MB", 1e6, "GB", 1e9, "TB", 1e12,
      "KiB", 1024d, "MiB", 1024d * 1024, "GiB", 1024d * 1024 * 1024,
      "TiB", 1024d * 1024 * 1024 * 1024);

  private Sizes() {}

  /** The size {@code token} names, or null when it is not a size. */
  static Value.Size parse(String token) {
    Matcher m = SIZE.matcher(token);
    if (!m.matches()) {
      return null;
    }
    Double per = UNITS.get(unit(m.group(2)));
    return per == null ? null : new Value.Size(Double.parseDouble(m.group(1)) * per, token);
  }

  /** {@code bytes} in the unit {@code like} was written in: 1.5GB beside 2GB, 512B beside 1KB. */
  static String format(double bytes, Value.Size like) {
    Matcher m = SIZE.matcher(like.text());
    String unit = m.matches() ? unit(m.group(2)) : "B";
    if (bytes < UNITS.get(unit)) {
      unit = "B";
    }
    BigDecimal shown = BigDecimal.valueOf(bytes / UNITS.get(unit))
        .setScale(unit.equals("B") ? 0 : 2, RoundingMode.HALF_UP).stripTrailingZeros();
    return shown.toPlainString() + unit;
  }

  private static String unit(String written) {
    return written.startsWith("k") ? "K" + written.substring(1) : written;
  }
}
