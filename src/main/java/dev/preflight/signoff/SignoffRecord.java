package dev.preflight.signoff;

import java.time.Instant;

/**
 * A recorded sign-off: {@code by} confirms that the manual item {@code item} was done.
 *
 * @param note what the signer wrote, or null
 * @param evidence a link or reference, or null
 * @param release the release it was made for (default: the git commit), or null
 */
public record SignoffRecord(String item, String by, Instant at, String note, String evidence,
    String release, String fingerprint, String signature) implements Entry {

  @Override
  public SignoffRecord withSignature(String signature) {
    return new SignoffRecord(item, by, at, note, evidence, release, fingerprint, signature);
  }

  @Override
  public String signedText() {
    return SignedText.of("signoff", "item", item, "by", by, "at", at.toString(),
        "fingerprint", fingerprint, "note", note, "evidence", evidence, "release", release);
  }
}
