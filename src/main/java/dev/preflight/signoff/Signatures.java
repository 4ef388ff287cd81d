package dev.preflight.signoff;

import java.nio.file.Path;

/** Makes and checks the SSH signatures of records; {@link SshKeygen} is the real one. */
public interface Signatures {

  /** What checking a signature found. */
  enum Check {
    /** Made by a key the allowed signers file lists for the name. */
    GOOD,
    /** A sound signature over this record, by a key not listed for the name. */
    NOT_LISTED,
    /** Does not match the record: it was edited after signing, or the signature is damaged. */
    BAD,
    /** Could not be checked here (no ssh-keygen). */
    UNAVAILABLE
  }

  /** A signature that could not be made; the message says why, in one line. */
  final class Failed extends Exception {
    public Failed(String message) {
      super(message, null, false, false);
    }
  }

  /** The armored signature of {@code text} made with the private key {@code key}. */
  String sign(String text, Path key) throws Failed;

  Check verify(String text, String signature, String signer, Path allowedSigners);
}
