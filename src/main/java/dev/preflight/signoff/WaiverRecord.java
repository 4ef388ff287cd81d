package dev.preflight.signoff;

import java.time.Instant;

/**
 * A recorded waiver: {@code by} accepts that {@code item} does not pass, for {@code reason},
 * until {@code until}.
 *
 * @param until a date ({@code 2026-12-15}: through the end of that day, UTC) or an instant
 */
public record WaiverRecord(String item, String by, Instant at, String reason, String until,
    String fingerprint, String signature) implements Entry {

  @Override
  public WaiverRecord withSignature(String signature) {
    return new WaiverRecord(item, by, at, reason, until, fingerprint, signature);
  }

  /** The instant the waiver stops counting. */
  public Instant expiresAt() {
    return Until.expiry(until);
  }

  @Override
  public String signedText() {
    return SignedText.of("waiver", "item", item, "by", by, "at", at.toString(),
        "fingerprint", fingerprint, "reason", reason, "until", until);
  }
}
