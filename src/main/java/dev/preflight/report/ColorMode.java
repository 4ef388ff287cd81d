package dev.preflight.report;

/** The {@code --color} option. */
public enum ColorMode {
  /** Colour on a terminal unless the environment says otherwise. */
  AUTO,
  ALWAYS,
  NEVER
}
