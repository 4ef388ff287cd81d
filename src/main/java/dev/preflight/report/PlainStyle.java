package dev.preflight.report;

import dev.preflight.model.Status;

/** No escape sequences at all: for pipes, CI logs, NO_COLOR and golden files. */
public record PlainStyle(Glyphs glyphs) implements Style {

  public PlainStyle() {
    this(Glyphs.UNICODE);
  }

  @Override
  public String status(Status status, String text) {
    return text;
  }

  @Override
  public String warning(String text) {
    return text;
  }

  @Override
  public String dim(String text) {
    return text;
  }

  @Override
  public String bold(String text) {
    return text;
  }
}
