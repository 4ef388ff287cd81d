package dev.preflight.notify;

/** Shaping text for chat messages, which show one line per fact and cut long ones short. */
final class Lines {
  private Lines() {}

  /** Line breaks and the blanks around them become one space. */
  static String one(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** The first non-blank line. */
  static String first(String s) {
    for (String line : (s == null ? "" : s).split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  /** At most {@code max} characters, the cut marked with an ellipsis, pairs never split. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
