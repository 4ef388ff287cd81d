package dev.preflight.model;

import java.util.Locale;

/** The outcome of one item (SPEC §6), declared worst first so sections can roll up. */
public enum Status {
  ERROR,
  FAIL,
  BLOCKED,
  PENDING,
  WAIVED,
  PASS,
  /** Below pass: a section where some items passed and others were skipped has passed. */
  SKIPPED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a {@link #label()} names, or null for anything else. */
  public static Status parse(String label) {
    for (Status s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    return null;
  }

  /** Whether an item with this status stands between the run and a passing gate. */
  public boolean blocksGate() {
    return this == ERROR || this == FAIL || this == BLOCKED || this == PENDING;
  }

  /** The worse of two statuses; used to roll a section up from its children. */
  public Status worse(Status other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
