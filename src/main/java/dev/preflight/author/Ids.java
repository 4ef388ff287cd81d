package dev.preflight.author;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Chooses checklist ids for generated sections and items: an ASCII slug of the name when it has
 * one ("CI/CD准备" is {@code ci-cd}), else the section path and position ({@code s1.2} for the
 * second section of the first, {@code s1.2-3} for its third item). Every id is unique: a taken
 * one gets {@code -2}, {@code -3}…
 */
final class Ids {
  private static final int MAX = 48;
  private final Set<String> taken = new HashSet<>();

  /** A slug of {@code text}: a-z, 0-9 and single dashes; empty when nothing ASCII is left. */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      int cut = slug.lastIndexOf('-', MAX);
      slug = slug.substring(0, cut > 10 ? cut : MAX).replaceAll("-+$", "");
    }
    return slug.length() >= 2 && slug.chars().anyMatch(Character::isLetter) ? slug : "";
  }

  /** The first free id among {@code preferred}, {@code preferred-2}, … */
  String claim(String preferred) {
    String id = preferred;
    for (int n = 2; !taken.add(id); n++) {
      id = preferred + "-" + n;
    }
    return id;
  }

  String section(String title, String parentId, int position) {
    String slug = slug(title);
    return claim(!slug.isEmpty() ? slug
        : parentId == null ? "s" + position : parentId + "." + position);
  }

  /** A title in ASCII names the item; else the command it runs; else what ASCII it has. */
  String item(String title, String command, String sectionId, int position) {
    String slug = slug(title);
    boolean ascii = title.chars().allMatch(c -> c < 0x80);
    if ((slug.isEmpty() || !ascii) && command != null && !slug(Tools.idOf(command)).isEmpty()) {
      slug = slug(Tools.idOf(command));
    }
    return claim(!slug.isEmpty() ? slug : sectionId + "-" + position);
  }
}
