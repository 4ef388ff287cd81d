package dev.preflight.model;

import java.time.Duration;
import java.util.regex.Pattern;

/** The right-hand side of a condition. */
public sealed interface Value {

  /** A number as written; {@code percent} when it carried a {@code %}. */
  record Number(double value, boolean percent) implements Value {}

  /** A duration such as {@code 500ms}. */
  record Span(Duration duration) implements Value {}

  /**
   * A size: {@code 1KB 5MB 2GB} (powers of 1000) or {@code 1KiB 5MiB 2GiB} (powers of 1024).
   *
   * @param text as written, for reasons
   */
  record Size(double bytes, String text) implements Value {}

  /** A quoted string. */
  record Text(String text) implements Value {}

  /** A {@code /regex/}. */
  record Regex(Pattern pattern) implements Value {}
}
