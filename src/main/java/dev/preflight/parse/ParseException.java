package dev.preflight.parse;

/**
 * The parser found nothing it recognises; the item becomes an {@code error} with this message,
 * e.g. {@code no pytest summary found in stdout}.
 */
public final class ParseException extends Exception {
  public ParseException(String message) {
    super(message);
  }
}
