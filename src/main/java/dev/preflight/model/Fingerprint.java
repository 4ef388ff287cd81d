package dev.preflight.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Identifies a version of a checklist as it runs: what each item does and how it is judged,
 * after variables are filled in. Shard reports of one checklist carry the same fingerprint on
 * every machine; machine-specific facts (absolute workdirs, environment values) stay out of it,
 * so a checkout in another directory is still the same version.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** {@code sha256:} and 64 hex digits. */
  static String of(String name, java.util.List<Section> sections) {
    StringBuilder text = new StringBuilder("checklist\0").append(name).append('\n');
    for (Section s : sections) {
      section(s, text);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void section(Section s, StringBuilder text) {
    text.append("section\0").append(s.id()).append('\0').append(s.title()).append('\n');
    for (Item i : s.items()) {
      // records print every field, so a new kind of check is covered without touching this
      text.append("item\0").append(i.id()).append('\0').append(i.title()).append('\0')
          .append(i.check()).append('\0').append(i.severity()).append('\0').append(i.needs())
          .append('\0').append(i.skip()).append('\0').append(i.parse()).append('\0')
          .append(i.expect().stream().map(Condition::text).toList()).append('\0')
          .append(new TreeSet<>(i.tags())).append('\0').append(i.timeout()).append('\0')
          .append(i.retries()).append('\n');
    }
    for (Section child : s.sections()) {
      section(child, text);
    }
    text.append("end\n");
  }
}
