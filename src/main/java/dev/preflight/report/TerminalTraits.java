package dev.preflight.report;

import java.util.Locale;
import java.util.Map;

/**
 * What the environment says about the terminal: may it be coloured, can it show UTF-8. Kept in
 * one place so the precedence between {@code --color}, NO_COLOR, FORCE_COLOR and TERM is read
 * and tested in one table.
 */
final class TerminalTraits {
  private TerminalTraits() {}

  /**
   * {@code --color always|never} wins; then NO_COLOR (https://no-color.org: any non-empty
   * value); then FORCE_COLOR (as in Node and most CLIs: {@code 0} or {@code false} turn colour
   * off, anything else on, even without a terminal); then TERM=dumb; then whether it is a TTY.
   */
  static boolean colour(ColorMode mode, boolean tty, Map<String, String> env) {
    if (mode == ColorMode.ALWAYS) {
      return true;
    }
    if (mode == ColorMode.NEVER || isSet(env.get("NO_COLOR"))) {
      return false;
    }
    String force = env.get("FORCE_COLOR");
    if (force != null) {
      String f = force.trim().toLowerCase(Locale.ROOT);
      return !(f.equals("0") || f.equals("false"));
    }
    if ("dumb".equals(env.get("TERM"))) {
      return false;
    }
    return tty;
  }

  /**
   * Whether the locale's charset is UTF-8. POSIX looks at LC_ALL, then LC_CTYPE, then LANG;
   * the first non-empty one decides. With none set we assume UTF-8, today's default nearly
   * everywhere (and Java's since 18).
   */
  static boolean unicode(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = env.get(name);
      if (isSet(value)) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("utf-8") || v.contains("utf8");
      }
    }
    return true;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }
}
