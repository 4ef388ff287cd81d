package dev.preflight.signoff;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a record was made for: a hash of the item's title and, for a manual item, its
 * instructions. A record whose fingerprint differs from the item's today was made for an
 * earlier version of it and no longer counts, as a review is dismissed by a new push. Line
 * endings and trailing blanks do not count as a change; words do.
 */
public final class Fingerprint {
  /** 64 bits of SHA-256: ample to notice an edit, short enough to read in a diff. */
  private static final int HEX_DIGITS = 16;

  private Fingerprint() {}

  public static String of(Item item) {
    return hash(normalise(item.title()) + "\n\n" + normalise(what(item.check())));
  }

  /**
   * What a person signs (a manual item's instructions, a notify item's message); nothing for
   * items that run, whose command text changes with {@code --var} (another interpreter) without
   * changing what was waived.
   */
  private static String what(Check check) {
    Check.Manual signed = check.signable();
    return signed == null ? "" : signed.instructions();
  }

  private static String normalise(String text) {
    return text == null ? "" : text.strip().replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n");
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
