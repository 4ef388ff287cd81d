package dev.preflight.model;

/** How much an item's failure matters to the gate. */
public enum Severity {
  /** A non-passing item fails the gate. */
  BLOCKER,
  /** A non-passing item is reported as a warning and never fails the gate. */
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
