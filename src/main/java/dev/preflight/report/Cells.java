package dev.preflight.report;

/**
 * Terminal cell widths. Titles mix CJK and Latin ({@code 最终测试运行 · Final test run}) and
 * sometimes emoji, so columns are counted in cells, never in chars or code points.
 *
 * <p>Wide (2 cells): East Asian Wide and Fullwidth characters, and emoji that default to emoji
 * presentation; a text-default symbol followed by VS16 (U+FE0F) is drawn as emoji, hence 2.
 * Zero: combining marks, format characters (ZWJ, ZWSP), variation selectors, controls, escape
 * sequences, and whatever an emoji ZWJ sequence or skin-tone modifier glues onto the emoji
 * before it, since terminals that join them draw one glyph.
 */
public final class Cells {
  private static final int ZWJ = 0x200d;
  private static final int VS16 = 0xfe0f;

  private Cells() {}

  public static int width(String s) {
    String plain = Escapes.strip(s);
    Meter meter = new Meter();
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      meter.add(cp);
      i += Character.charCount(cp);
    }
    return meter.total;
  }

  /** The width of one code point on its own. */
  public static int of(int cp) {
    if (Escapes.isControl(cp) || isZeroWidth(cp)) {
      return 0;
    }
    return WideTable.contains(cp) ? 2 : 1;
  }

  /**
   * Plain (escape-free) {@code s} cut to at most {@code max} cells, ending in {@code ellipsis} when cut. A wide
   * character that would straddle the limit is dropped, so the result may be a cell short.
   */
  public static String truncate(String s, int max, String ellipsis) {
    if (width(s) <= max) {
      return s;
    }
    int budget = max - width(ellipsis);
    if (budget < 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Meter meter = new Meter();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (meter.add(cp) > budget) {
        break;
      }
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + ellipsis;
  }

  /** {@code s} followed by spaces up to {@code cells} cells. */
  public static String padRight(String s, int cells) {
    return s + " ".repeat(Math.max(0, cells - width(s)));
  }

  /** Spaces before {@code s} up to {@code cells} cells. */
  public static String padLeft(String s, int cells) {
    return " ".repeat(Math.max(0, cells - width(s))) + s;
  }

  private static boolean isZeroWidth(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (type == Character.FORMAT && cp != 0x00ad)
        || (cp >= 0x1160 && cp <= 0x11ff) // Hangul medial vowels and final consonants
        || (cp >= 0xfe00 && cp <= 0xfe0f)
        || (cp >= 0xe0100 && cp <= 0xe01ef);
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1f3fb && cp <= 0x1f3ff;
  }

  /** Running width of a string read one code point at a time; joins depend on the previous one. */
  private static final class Meter {
    int total;
    private int previous;
    private int previousWidth;

    int add(int cp) {
      int w;
      if (previous == ZWJ || (isSkinTone(cp) && previousWidth == 2)) {
        w = 0; // joined into the glyph before it
      } else if (cp == VS16 && previousWidth == 1 && previous > 0x7f) {
        w = 1; // the symbol before it turns into a 2-cell emoji
      } else {
        w = of(cp);
      }
      total += w;
      previousWidth = cp == VS16 ? previousWidth + w : w;
      previous = cp;
      return total;
    }
  }
}
