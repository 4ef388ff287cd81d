package dev.preflight.report;

import dev.preflight.model.Status;
import org.fusesource.jansi.Ansi;
import org.fusesource.jansi.Ansi.Attribute;
import org.fusesource.jansi.Ansi.Color;

/**
 * Colour through ANSI SGR sequences; the only class that knows jansi. It builds escape
 * strings with {@code new Ansi()} rather than {@code Ansi.ansi()}, because the latter consults
 * jansi's process-wide enabled flag, and whether to colour is decided once, by
 * {@link Style#choose}. Every painted span ends in a reset, so spans never leak into each other.
 */
public record AnsiStyle(Glyphs glyphs) implements Style {

  public AnsiStyle() {
    this(Glyphs.UNICODE);
  }

  @Override
  public String status(Status status, String text) {
    return switch (status) {
      case PASS -> fg(Color.GREEN, text);
      case FAIL -> fg(Color.RED, text);
      case ERROR -> new Ansi().fg(Color.RED).a(Attribute.INTENSITY_BOLD).a(text).reset().toString();
      case BLOCKED -> fg(Color.MAGENTA, text);
      case PENDING -> fg(Color.YELLOW, text);
      case WAIVED -> fg(Color.BLUE, text);
      case SKIPPED -> dim(text);
    };
  }

  @Override
  public String warning(String text) {
    return fg(Color.YELLOW, text);
  }

  @Override
  public String dim(String text) {
    return text.isEmpty() ? text : new Ansi().a(Attribute.INTENSITY_FAINT).a(text).reset().toString();
  }

  @Override
  public String bold(String text) {
    return text.isEmpty() ? text : new Ansi().a(Attribute.INTENSITY_BOLD).a(text).reset().toString();
  }

  private static String fg(Color colour, String text) {
    return text.isEmpty() ? text : new Ansi().fg(colour).a(text).reset().toString();
  }
}
