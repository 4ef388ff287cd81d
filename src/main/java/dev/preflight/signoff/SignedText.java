package dev.preflight.signoff;

/**
 * The text a record's signature covers. It names its kind and version first, so a sign-off's
 * signature can never pass for a waiver's, and quotes every value as JSON does, so a note with
 * a line break cannot forge another field.
 */
final class SignedText {
  private SignedText() {}

  /** {@code fields} alternate name and value; a null value is written as {@code null}. */
  static String of(String kind, String... fields) {
    StringBuilder out = new StringBuilder("preflight ").append(kind).append(" v1\n");
    for (int i = 0; i < fields.length; i += 2) {
      out.append(fields[i]).append(": ").append(quote(fields[i + 1])).append('\n');
    }
    return out.toString();
  }

  private static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
