package dev.preflight.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Identifies a version of a checklist, so that shard reports of different versions are never
 * folded into one verdict. A loaded checklist's is {@link #ofSources}: its files as written and
 * what the command line set, the same on every machine of a CI matrix even though each picks its
 * own free ports and checks out into its own directory. A checklist built in code (tests, tools)
 * gets {@link #of}: what each item does and how it is judged.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /** {@code sha256:} and 64 hex digits. */
  static String of(String name, java.util.List<Section> sections) {
    StringBuilder text = new StringBuilder("checklist\0").append(name).append('\n');
    for (Section s : sections) {
      section(s, text);
    }
    return sha256(text);
  }

  /**
   * The version of a checklist as loaded from files: their texts (the checklist's, then those it
   * includes), the {@code --var} values and the {@code --profile}. Values the loader picks per
   * machine ({@code {{ port.NAME }}}, absolute workdirs) are not in it.
   */
  public static String ofSources(java.util.List<String> texts,
      java.util.Map<String, String> varOverrides, String profile) {
    StringBuilder text = new StringBuilder("checklist files\n");
    for (String t : texts) {
      text.append(t.length()).append('\0').append(t).append('\n');
    }
    text.append("vars\0").append(new java.util.TreeMap<>(varOverrides)).append('\n');
    text.append("profile\0").append(profile).append('\n');
    return sha256(text);
  }

  private static String sha256(CharSequence text) {
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
