package dev.preflight.model;

import java.time.Instant;

/**
 * A sign-off that counts for a manual item (SPEC §9), as every report shows it.
 *
 * @param at when it was recorded, UTC
 * @param note what the signer wrote, or null
 * @param release the release it was made for (default: the git commit), or null
 * @param evidence a link or reference to the evidence, or null
 * @param expiresAt when it stops counting ({@code valid_for:}), or null when it never does
 */
public record Signoff(
    String by, Instant at, String note, String release, String evidence, Instant expiresAt) {

  /** The reason a manual item without any record is pending (SPEC §8). */
  public static final String NONE_RECORDED = "no sign-off recorded";
}
