package dev.preflight.signoff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every sign-off and waiver of one checklist, in the file's stable order: by item id, then by
 * time, then by signer. The order does not depend on who wrote first, so concurrent signers
 * and merged branches produce the same file.
 */
public record Records(List<SignoffRecord> signoffs, List<WaiverRecord> waivers) {
  public static final Records NONE = new Records(List.of(), List.of());

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::item)
      .thenComparing(Entry::at).thenComparing(Entry::by);

  public Records {
    signoffs = sorted(signoffs);
    waivers = sorted(waivers);
  }

  /** These records and {@code added}. */
  public Records plus(List<? extends Entry> added) {
    List<SignoffRecord> s = new ArrayList<>(signoffs);
    List<WaiverRecord> w = new ArrayList<>(waivers);
    for (Entry e : added) {
      if (e instanceof SignoffRecord signoff) {
        s.add(signoff);
      } else {
        w.add((WaiverRecord) e);
      }
    }
    return new Records(s, w);
  }

  public List<SignoffRecord> signoffsFor(String item) {
    return signoffs.stream().filter(r -> r.item().equals(item)).toList();
  }

  public List<WaiverRecord> waiversFor(String item) {
    return waivers.stream().filter(r -> r.item().equals(item)).toList();
  }

  public boolean isEmpty() {
    return signoffs.isEmpty() && waivers.isEmpty();
  }

  private static <E extends Entry> List<E> sorted(List<E> entries) {
    List<E> copy = new ArrayList<>(entries);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }
}
