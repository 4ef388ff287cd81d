package dev.preflight.signoff;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.signoff.Standing.State;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of one checklist judged against its items as they are now (SPEC §9): which
 * sign-offs and waivers count, and for each one that does not, why. A record counts when it was
 * made for this version of the item (its {@link Fingerprint}), by one of the item's
 * {@code signers}, signed by a listed key when the checklist requires signing, for this release
 * when the item is {@code release_bound}, and has not expired. A person counts once however
 * often they sign; their newest sign-off is the one that counts.
 */
public final class Ledger {
  /** A record that ends within this is shown as expiring. */
  public static final Duration EXPIRING_WITHIN = Duration.ofDays(7);

  private static final String STALE = "for an earlier version of this item";
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Records records;
  private final Clock clock;
  private final Releases releases;
  private final Signatures signatures;
  private final Path allowedSigners;
  private final Map<Entry, Signatures.Check> checked = new ConcurrentHashMap<>();

  /**
   * @param allowedSigners the checklist's {@code signing: allowed_signers} file, or null when
   *     records need no signature
   */
  public Ledger(Records records, Clock clock, Releases releases, Signatures signatures,
      Path allowedSigners) {
    this.records = records;
    this.clock = clock;
    this.releases = releases;
    this.signatures = signatures;
    this.allowedSigners = allowedSigners;
  }

  public Records records() {
    return records;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Every sign-off of {@code item}, oldest first, with where it stands. */
  public List<Standing> signoffs(Item item) {
    List<SignoffRecord> all = records.signoffsFor(item.id());
    Check.Manual manual = item.check().signable();
    if (manual == null) {
      return all.stream().map(r -> new Standing(r, State.NO_ITEM,
          "for " + item.id() + ", which is not signed off")).toList();
    }
    String fingerprint = Fingerprint.of(item);
    Instant now = clock.instant();
    // by identity: the same person signing twice within a second writes two equal records,
    // and each needs its own standing (the older replaced, the newer counting)
    Map<Entry, Standing> standings = new IdentityHashMap<>();
    Map<String, SignoffRecord> newest = new LinkedHashMap<>();
    for (SignoffRecord r : all) {
      Standing problem = problem(r, manual, fingerprint, now);
      standings.put(r, problem);
      if (problem == null) {
        newest.remove(r.by()); // re-inserted last: people in the order of their newest sign-off
        newest.put(r.by(), r);
      }
    }
    int required = manual.signoffsRequired();
    for (SignoffRecord r : all) {
      if (standings.get(r) != null) {
        continue;
      }
      SignoffRecord latest = newest.get(r.by());
      if (latest != r) {
        standings.put(r, new Standing(r, State.REPLACED,
            "replaced by their sign-off of " + readable(latest.at())));
      } else if (newest.size() < required) {
        standings.put(r, new Standing(r, State.WAITING, newest.size() + " of " + required
            + " sign-offs; waiting for " + (required - newest.size() == 1 ? "another signer"
            : (required - newest.size()) + " more signers")));
      } else {
        standings.put(r, ending(r, expiry(r, manual), now));
      }
    }
    return all.stream().map(standings::get).toList();
  }

  /** Every waiver of {@code item}, oldest first, with where it stands; the newest valid counts. */
  public List<Standing> waivers(Item item) {
    String fingerprint = Fingerprint.of(item);
    Instant now = clock.instant();
    List<WaiverRecord> all = records.waiversFor(item.id());
    WaiverRecord counting = null;
    List<Standing> out = new ArrayList<>();
    for (WaiverRecord w : all) {
      if (problem(w, fingerprint, now) == null) {
        counting = w;
      }
    }
    for (WaiverRecord w : all) {
      Standing problem = problem(w, fingerprint, now);
      if (problem != null) {
        out.add(problem);
      } else if (w != counting) {
        out.add(new Standing(w, State.REPLACED, "replaced by the waiver of "
            + readable(counting.at())));
      } else {
        out.add(ending(w, w.expiresAt(), now));
      }
    }
    return out;
  }

  /** When a sign-off stops counting under the item's {@code valid_for}, or null for never. */
  public static Instant expiry(SignoffRecord r, Check.Manual manual) {
    return manual.validFor() == null ? null : r.at().plus(manual.validFor());
  }

  /** {@code 2026-11-27 18:00 UTC}: to the minute, which is what people compare. */
  public static String readable(Instant instant) {
    return READABLE.format(instant);
  }

  /** A waiver's {@code until} as people read it: the date as typed, an instant readable. */
  public static String readableUntil(String until) {
    return until.length() == 10 ? until : readable(Until.expiry(until));
  }

  private Standing problem(SignoffRecord r, Check.Manual manual, String fingerprint,
      Instant now) {
    if (!r.fingerprint().equals(fingerprint)) {
      return new Standing(r, State.STALE, STALE);
    }
    if (!manual.signers().isEmpty() && !manual.signers().contains(r.by())) {
      return new Standing(r, State.NOT_A_SIGNER, "not among the signers ("
          + String.join(", ", manual.signers()) + ")");
    }
    Standing signature = signature(r);
    if (signature != null) {
      return signature;
    }
    if (manual.releaseBound() && !releases.counts(r.release())) {
      String current = releases.current();
      return new Standing(r, State.OTHER_RELEASE, "for "
          + (r.release() == null ? "no release" : "release " + r.release())
          + ", not this one" + (current == null ? "" : " (" + current + ")"));
    }
    Instant expiry = expiry(r, manual);
    if (expiry != null && !expiry.isAfter(now)) {
      return new Standing(r, State.EXPIRED, "expired " + readable(expiry));
    }
    return null;
  }

  private Standing problem(WaiverRecord w, String fingerprint, Instant now) {
    if (!w.fingerprint().equals(fingerprint)) {
      return new Standing(w, State.STALE, STALE);
    }
    Standing signature = signature(w);
    if (signature != null) {
      return signature;
    }
    if (!w.expiresAt().isAfter(now)) {
      return new Standing(w, State.EXPIRED, "expired " + readableUntil(w.until())
          + " (" + w.reason() + ")");
    }
    return null;
  }

  /** Null when the record needs no signature or carries a good one; else why it does not. */
  private Standing signature(Entry e) {
    if (allowedSigners == null) {
      return null;
    }
    if (e.signature() == null) {
      return new Standing(e, State.UNSIGNED, "not signed, and this checklist requires signed"
          + " records (record it again with --sign)");
    }
    Signatures.Check check = checked.computeIfAbsent(e,
        k -> signatures.verify(k.signedText(), k.signature(), k.by(), allowedSigners));
    return switch (check) {
      case GOOD -> null;
      case NOT_LISTED -> new Standing(e, State.BAD_SIGNATURE, "signed with a key that "
          + allowedSigners.getFileName() + " does not list for " + e.by());
      case BAD -> new Standing(e, State.BAD_SIGNATURE,
          "signature does not match: the record was edited after signing");
      case UNAVAILABLE -> new Standing(e, State.BAD_SIGNATURE,
          "signature not checked: ssh-keygen (OpenSSH) is not installed");
    };
  }

  private static Standing ending(Entry e, Instant expiry, Instant now) {
    if (expiry == null) {
      return new Standing(e, State.VALID, "");
    }
    State state = Duration.between(now, expiry).compareTo(EXPIRING_WITHIN) < 0
        ? State.EXPIRING : State.VALID;
    return new Standing(e, state, "until " + readable(expiry));
  }
}
