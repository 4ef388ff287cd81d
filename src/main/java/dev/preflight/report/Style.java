package dev.preflight.report;

import dev.preflight.model.Status;
import java.util.Map;

/**
 * How the terminal report looks: which characters ({@link Glyphs}) and whether text is
 * coloured. The two vary independently ({@code --ascii} with colour is fine), so a style is a
 * painter holding a glyph set: {@link PlainStyle} or {@link AnsiStyle}, each over
 * {@link Glyphs#UNICODE} or {@link Glyphs#ASCII}.
 */
public interface Style {

  Glyphs glyphs();

  /** {@code text} in the colour of {@code status}. */
  String status(Status status, String text);

  /** Marks a non-passing item whose severity is {@code warning}. */
  String warning(String text);

  String dim(String text);

  String bold(String text);

  /** The item symbol for {@code status}, coloured. */
  default String symbol(Status status) {
    return status(status, glyphs().symbol(status));
  }

  /**
   * The style for this terminal and environment.
   *
   * @param tty whether the report's stream is a terminal
   * @param env the process environment (NO_COLOR, FORCE_COLOR, TERM, LANG, LC_ALL, LC_CTYPE)
   * @param ascii {@code --ascii} was given
   */
  static Style choose(ColorMode mode, boolean tty, Map<String, String> env, boolean ascii) {
    Glyphs glyphs = ascii || !TerminalTraits.unicode(env) ? Glyphs.ASCII : Glyphs.UNICODE;
    return TerminalTraits.colour(mode, tty, env) ? new AnsiStyle(glyphs) : new PlainStyle(glyphs);
  }
}
