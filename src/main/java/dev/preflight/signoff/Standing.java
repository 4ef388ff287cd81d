package dev.preflight.signoff;

/**
 * Where one record stands today.
 *
 * @param detail why, without who and when: {@code expired 2026-11-21 18:00 UTC}; for a record
 *     that counts, when it ends or what it waits for; empty when there is nothing to add
 */
public record Standing(Entry entry, State state, String detail) {

  /**
   * The whole sentence, as a report gives it under the item: {@code signed by alice
   * 2026-11-20 18:00 UTC, expired 2026-11-21 18:00 UTC}.
   */
  public String sentence() {
    String who = (entry instanceof WaiverRecord ? "waiver by " : "signed by ") + entry.by() + " "
        + Ledger.readable(entry.at());
    return detail.isEmpty() ? who : who + ", " + detail;
  }

  /** The states {@code preflight signoffs} shows. */
  public enum State {
    VALID("valid"),
    /** Valid, and ends within {@link Ledger#EXPIRING_WITHIN}. */
    EXPIRING("expiring"),
    /** Valid, but fewer people than {@code signoffs_required} have signed. */
    WAITING("waiting"),
    EXPIRED("expired"),
    /** Made for an earlier version of the item. */
    STALE("stale"),
    /** The same person signed again later; only the newest counts. */
    REPLACED("replaced"),
    NOT_A_SIGNER("not a signer"),
    OTHER_RELEASE("other release"),
    UNSIGNED("unsigned"),
    BAD_SIGNATURE("bad signature"),
    /** For an item the checklist no longer has, or one that cannot be signed off. */
    NO_ITEM("no such item");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether a record in this state counts towards the gate. */
    public boolean counts() {
      return this == VALID || this == EXPIRING || this == WAITING;
    }
  }
}
