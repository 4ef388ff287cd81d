package dev.preflight.report;

/**
 * Removes terminal escape sequences and control characters from text a command printed, so a
 * report shows what the user would read and a hostile or noisy tool cannot move the cursor,
 * recolour the report or break column alignment.
 */
final class Escapes {
  private static final char ESC = '\u001b';
  private static final char BEL = '\u0007';
  private static final char CSI_8BIT = '\u009b';

  private Escapes() {}

  /** The text without ANSI/VT escape sequences (CSI, OSC, DCS/SOS/PM/APC and two-byte forms). */
  static String strip(String s) {
    if (s.indexOf(ESC) < 0 && s.indexOf(CSI_8BIT) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ESC || c == CSI_8BIT) {
        i = skipSequence(s, i);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * One line as a terminal would show it: escapes stripped, a carriage return discards what
   * came before it (progress bars), tabs expanded to 8-cell stops, other controls dropped.
   */
  static String cleanLine(String line) {
    String s = strip(line);
    if (s.endsWith("\r")) {
      s = s.substring(0, s.length() - 1);
    }
    int cr = s.lastIndexOf('\r');
    if (cr >= 0) {
      s = s.substring(cr + 1);
    }
    StringBuilder out = new StringBuilder(s.length());
    int cells = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        int spaces = 8 - cells % 8;
        out.append(" ".repeat(spaces));
        cells += spaces;
      } else if (!isControl(cp)) {
        out.appendCodePoint(cp);
        cells += Cells.of(cp);
      }
    }
    return out.toString();
  }

  static boolean isControl(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
  }

  /** Index just past the escape sequence starting at {@code start}. */
  private static int skipSequence(String s, int start) {
    int n = s.length();
    if (s.charAt(start) == CSI_8BIT) {
      return skipCsi(s, start + 1);
    }
    if (start + 1 >= n) {
      return n;
    }
    char kind = s.charAt(start + 1);
    switch (kind) {
      case '[':
        return skipCsi(s, start + 2);
      case ']': case 'P': case 'X': case '^': case '_':
        return skipString(s, start + 2);
      default:
        int i = start + 1;
        while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
          i++; // intermediate bytes, e.g. ESC ( B
        }
        return Math.min(n, i + 1);
    }
  }

  /** Parameters and intermediates, then one final byte; anything else ends a broken sequence. */
  private static int skipCsi(String s, int i) {
    while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3f) {
      i++;
    }
    boolean hasFinal = i < s.length() && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e;
    return hasFinal ? i + 1 : i;
  }

  /** OSC and friends end with BEL or ESC \ ; an unterminated one swallows the rest. */
  private static int skipString(String s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == BEL) {
        return i + 1;
      }
      if (c == ESC && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        return i + 2;
      }
      i++;
    }
    return i;
  }
}
