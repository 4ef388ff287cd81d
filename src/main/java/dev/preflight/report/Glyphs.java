package dev.preflight.report;

import dev.preflight.model.Status;
import java.util.List;

/**
 * The characters a report draws with. {@link #ASCII} is for {@code --ascii} and terminals
 * without UTF-8: it must contain nothing outside US-ASCII, or those terminals show mojibake.
 */
public enum Glyphs {
  UNICODE("…", "│ ", " · ", "→", "—", List.of("⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏")),
  ASCII("...", "| ", ", ", "->", "-", List.of("|", "/", "-", "\\"));

  private final String ellipsis;
  private final String gutter;
  private final String separator;
  private final String arrow;
  private final String dash;
  private final List<String> spinner;

  Glyphs(
      String ellipsis, String gutter, String separator, String arrow, String dash,
      List<String> spinner) {
    this.ellipsis = ellipsis;
    this.gutter = gutter;
    this.separator = separator;
    this.arrow = arrow;
    this.dash = dash;
    this.spinner = spinner;
  }

  /** The mark in front of an item: one cell in Unicode, a bracketed word in ASCII. */
  public String symbol(Status status) {
    if (this == ASCII) {
      return "[" + status.name() + "]";
    }
    return switch (status) {
      case PASS -> "✔";
      case FAIL -> "✘";
      case ERROR -> "!";
      case BLOCKED -> "⊘";
      case PENDING -> "?";
      case WAIVED -> "~";
      case SKIPPED -> "↷";
    };
  }

  /** Widest symbol, so titles start in one column whatever the status. */
  public int symbolWidth() {
    return this == ASCII ? "[PENDING]".length() : 1;
  }

  public String ellipsis() {
    return ellipsis;
  }

  /** Prefix of a line of command output quoted under an item. */
  public String gutter() {
    return gutter;
  }

  /** Between the counts of the summary line. */
  public String separator() {
    return separator;
  }

  /** Points from a pending sign-off to the command that records it. */
  public String arrow() {
    return arrow;
  }

  public String dash() {
    return dash;
  }

  public String spinner(int frame) {
    return spinner.get(Math.floorMod(frame, spinner.size()));
  }

  /** Text from elsewhere (e.g. a verdict sentence) made safe for this glyph set. */
  public String fit(String text) {
    if (this == UNICODE) {
      return text;
    }
    return text.replace("—", dash).replace("…", ellipsis).replace("→", arrow).replace("·", "-");
  }
}
