package dev.preflight.signoff;

import java.time.Instant;

/** One entry of the records file: a sign-off or a waiver, as it was recorded. */
public sealed interface Entry permits SignoffRecord, WaiverRecord {
  /** The id of the item it is for. */
  String item();

  /** The name given to {@code --by}. */
  String by();

  /** When it was recorded, UTC, to the second. */
  Instant at();

  /** {@link Fingerprint} of the item when it was recorded. */
  String fingerprint();

  /** The armored SSH signature over {@link #signedText()}, or null when unsigned. */
  String signature();

  Entry withSignature(String signature);

  /**
   * Exactly what a signature covers: every field but the signature, one per line, values
   * quoted so that no value can pose as another field.
   */
  String signedText();
}
