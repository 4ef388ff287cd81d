package dev.preflight.signoff;

import static dev.preflight.testing.TestItems.command;
import static dev.preflight.testing.TestItems.manual;
import static dev.preflight.testing.TestItems.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import dev.preflight.signoff.Standing.State;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which records count, judged at a fixed time: expiry, edits, signers, releases, waivers. */
class LedgerTest {
  static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

  private final List<Entry> entries = new ArrayList<>();
  private Instant now = NOW;
  private String release = "abc1234";

  private static Item rules(String id, Duration validFor, List<String> signers, int required,
      boolean releaseBound) {
    return with(manual(id), new Check.Manual("sign " + id, validFor, signers, required,
        releaseBound));
  }

  private void signed(Item item, String by, Duration ago) {
    entries.add(new SignoffRecord(item.id(), by, now.minus(ago), "note by " + by, null,
        "abc1234", Fingerprint.of(item), null));
  }

  private void waived(Item item, String by, String until) {
    entries.add(new WaiverRecord(item.id(), by, now.minusSeconds(60), "accepted", until,
        Fingerprint.of(item), null));
  }

  private Ledger ledger() {
    return new Ledger(Records.NONE.plus(entries), Clock.fixed(now, ZoneOffset.UTC),
        Releases.of(release), null, null);
  }

  private ItemResult judge(Item item, Status status) {
    ItemResult raw = status == Status.PENDING
        ? ItemResult.notRun(item, Status.PENDING, "x").withStatus(Status.PENDING, List.of())
        : ItemResult.notRun(item, status, "exit code 1, expected 0");
    return new Judge(ledger()).apply(raw);
  }

  @Test
  void withoutRecordsAManualItemIsPendingAndSaysSo() {
    ItemResult r = judge(manual("notify"), Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.reasons()).containsExactly("no sign-off recorded");
    assertThat(r.signoffs()).isEmpty();
  }

  @Test
  void aSignOffPassesTheItemAndTravelsWithTheResult() {
    Item item = rules("notify", Duration.ofHours(24), List.of(), 1, false);
    signed(item, "alice", Duration.ofHours(2));
    ItemResult r = judge(item, Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.reasons()).isEmpty();
    assertThat(r.signoffs()).singleElement().satisfies(s -> {
      assertThat(s.by()).isEqualTo("alice");
      assertThat(s.note()).isEqualTo("note by alice");
      assertThat(s.expiresAt()).isEqualTo(Instant.parse("2026-11-28T16:00:00Z"));
    });
  }

  @Test
  void aSignOffExpiresAfterValidForAndSaysWhen() {
    Item item = rules("backup", Duration.ofHours(24), List.of(), 1, false);
    signed(item, "alice", Duration.ofHours(25));
    ItemResult r = judge(item, Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.reasons()).containsExactly(
        "signed by alice 2026-11-26 17:00 UTC, expired 2026-11-27 17:00 UTC");
    assertThat(ledger().signoffs(item)).extracting(Standing::state)
        .containsExactly(State.EXPIRED);
  }

  @Test
  void theInjectedClockDecidesValidExpiringAndExpired() {
    Item item = rules("cert", Duration.ofDays(30), List.of(), 1, false);
    signed(item, "alice", Duration.ZERO);
    assertThat(ledger().signoffs(item).get(0).state()).isEqualTo(State.VALID);
    now = NOW.plus(Duration.ofDays(24));
    assertThat(ledger().signoffs(item).get(0).state()).isEqualTo(State.EXPIRING);
    assertThat(ledger().signoffs(item).get(0).detail()).isEqualTo("until 2026-12-27 18:00 UTC");
    now = NOW.plus(Duration.ofDays(30));
    assertThat(ledger().signoffs(item).get(0).state()).isEqualTo(State.EXPIRED);
  }

  @Test
  void anEditedItemIsPendingAgainForAnEarlierVersion() {
    Item before = manual("notify");
    signed(before, "alice", Duration.ofHours(1));
    Item after = with(before, new Check.Manual("Post it in #release and #ops."));
    ItemResult r = judge(after, Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.reasons()).containsExactly(
        "signed by alice 2026-11-27 17:00 UTC, for an earlier version of this item");
    signed(after, "alice", Duration.ZERO);
    assertThat(judge(after, Status.PENDING).status()).isEqualTo(Status.PASS);
    assertThat(ledger().signoffs(after)).extracting(Standing::state)
        .containsExactly(State.STALE, State.VALID);
  }

  @Test
  void twoPersonRuleCountsPeopleNotSignatures() {
    Item item = rules("deploy", null, List.of(), 2, false);
    signed(item, "alice", Duration.ofHours(2));
    signed(item, "alice", Duration.ofHours(1));
    ItemResult once = judge(item, Status.PENDING);
    assertThat(once.status()).isEqualTo(Status.PENDING);
    assertThat(once.reasons())
        .containsExactly("1 of 2 sign-offs (alice); waiting for another signer");
    assertThat(once.signoffs()).extracting(s -> s.at())
        .containsExactly(NOW.minus(Duration.ofHours(1)));
    assertThat(ledger().signoffs(item)).extracting(Standing::state)
        .containsExactly(State.REPLACED, State.WAITING);
    signed(item, "bob", Duration.ZERO);
    ItemResult twice = judge(item, Status.PENDING);
    assertThat(twice.status()).isEqualTo(Status.PASS);
    assertThat(twice.signoffs()).extracting(s -> s.by()).containsExactly("alice", "bob");
  }

  /** Records keep the second: one person signing twice in it writes two equal records. */
  @Test
  void twoEqualRecordsOfOnePersonAreStillOneSignOff() {
    Item item = rules("deploy", null, List.of(), 2, false);
    signed(item, "alice", Duration.ofMinutes(1));
    signed(item, "alice", Duration.ofMinutes(1));
    assertThat(entries.get(0)).isEqualTo(entries.get(1));
    ItemResult once = judge(item, Status.PENDING);
    assertThat(once.reasons())
        .containsExactly("1 of 2 sign-offs (alice); waiting for another signer");
    assertThat(ledger().signoffs(item)).extracting(Standing::state)
        .containsExactly(State.REPLACED, State.WAITING);
  }

  @Test
  void onlyListedSignersCount() {
    Item item = rules("deploy", null, List.of("alice", "bob"), 1, false);
    signed(item, "mallory", Duration.ofMinutes(5));
    ItemResult r = judge(item, Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.reasons()).containsExactly(
        "signed by mallory 2026-11-27 17:55 UTC, not among the signers (alice, bob)");
  }

  @Test
  void aReleaseBoundSignOffCountsOnlyForItsRelease() {
    Item item = rules("deploy", null, List.of(), 1, true);
    signed(item, "alice", Duration.ofMinutes(5));
    assertThat(judge(item, Status.PENDING).status()).isEqualTo(Status.PASS);
    release = "def5678";
    ItemResult r = judge(item, Status.PENDING);
    assertThat(r.status()).isEqualTo(Status.PENDING);
    assertThat(r.reasons()).containsExactly(
        "signed by alice 2026-11-27 17:55 UTC, for release abc1234, not this one (def5678)");
  }

  @Test
  void aWaiverTurnsFailuresIntoWaivedAndKeepsTheirReasons() {
    Item lint = command("lint", "make lint");
    waived(lint, "bob", "2026-12-15");
    for (Status s : List.of(Status.FAIL, Status.ERROR, Status.BLOCKED)) {
      ItemResult r = judge(lint, s);
      assertThat(r.status()).isEqualTo(Status.WAIVED);
      assertThat(r.reasons()).containsExactly("exit code 1, expected 0");
      assertThat(r.waiver().reason()).isEqualTo("accepted");
      assertThat(r.waiver().expiresAt()).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
    }
    assertThat(judge(lint, Status.PASS).waiver()).isNull();
    Item notify = manual("notify");
    waived(notify, "bob", "2026-12-15");
    ItemResult pending = judge(notify, Status.PENDING);
    assertThat(pending.status()).isEqualTo(Status.WAIVED);
    assertThat(pending.reasons()).containsExactly("no sign-off recorded");
  }

  @Test
  void anExpiredWaiverCountsAsAbsentAndSaysSo() {
    Item lint = command("lint", "make lint");
    waived(lint, "bob", "2026-11-26");
    ItemResult r = judge(lint, Status.FAIL);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.waiver()).isNull();
    assertThat(r.reasons()).containsExactly("exit code 1, expected 0",
        "waiver by bob 2026-11-27 17:59 UTC, expired 2026-11-26 (accepted)");
  }

  @Test
  void aWaiverEndingWithinAWeekIsExpiring() {
    Item lint = command("lint", "make lint");
    waived(lint, "bob", "2026-11-30T12:00:00Z");
    assertThat(ledger().waivers(lint)).singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(State.EXPIRING));
  }

  @Test
  void signedRecordsAreCheckedWhenTheChecklistRequiresThem() {
    Item item = manual("notify");
    entries.add(new SignoffRecord("notify", "alice", NOW, null, null, null,
        Fingerprint.of(item), null));
    entries.add(new SignoffRecord("notify", "bob", NOW, null, null, null,
        Fingerprint.of(item), "SIG bob"));
    entries.add(new SignoffRecord("notify", "carol", NOW, null, null, null,
        Fingerprint.of(item), "SIG carol"));
    Signatures fake = new Signatures() {
      @Override
      public String sign(String text, Path key) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Check verify(String text, String signature, String signer, Path allowed) {
        return signature.equals("SIG bob") ? Check.BAD : Check.NOT_LISTED;
      }
    };
    Ledger ledger = new Ledger(Records.NONE.plus(entries), Clock.fixed(NOW, ZoneOffset.UTC),
        Releases.of(null), fake, Path.of("allowed_signers"));
    assertThat(ledger.signoffs(item)).extracting(Standing::detail).containsExactly(
        "not signed, and this checklist requires signed records (record it again with --sign)",
        "signature does not match: the record was edited after signing",
        "signed with a key that allowed_signers does not list for carol");
    assertThat(new Judge(ledger).apply(ItemResult.notRun(item, Status.PENDING, "x")).status())
        .isEqualTo(Status.PENDING);
  }
}
