package dev.preflight.report;

import static dev.preflight.testing.TestItems.command;
import static dev.preflight.testing.TestItems.manual;
import static dev.preflight.testing.TestItems.with;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.model.Section;
import dev.preflight.signoff.Entry;
import dev.preflight.signoff.Fingerprint;
import dev.preflight.signoff.Ledger;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.Releases;
import dev.preflight.signoff.SignoffRecord;
import dev.preflight.signoff.WaiverRecord;
import dev.preflight.testing.Golden;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code preflight signoffs}: every record with its state, at a fixed time. */
class RecordsListingTest {
  static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

  @Test
  void listsEveryRecordWithItsState() {
    Item notify = with(manual("notify"), new Check.Manual("Post the go-live time.",
        Duration.ofHours(24), List.of(), 1, false));
    Item deploy = with(manual("deploy"), new Check.Manual("Deploy it.", null,
        List.of("alice", "bob"), 2, false));
    Item cert = with(manual("cert"), new Check.Manual("Renew the certificate.",
        Duration.ofDays(30), List.of(), 1, false));
    Item docs = manual("docs");
    Item lint = command("lint", "make lint");
    Item untouched = manual("untouched");
    List<Entry> entries = List.of(
        signed(notify, "alice", Duration.ofHours(30), "posted in #release", null),
        signed(notify, "carol", Duration.ofHours(2), null, "https://chat.example/m/1"),
        signed(deploy, "alice", Duration.ofHours(3), null, null),
        signed(deploy, "mallory", Duration.ofHours(1), null, null),
        signed(cert, "bob", Duration.ofDays(25), "renewed", null),
        new SignoffRecord("docs", "dan", NOW.minusSeconds(600), null, null, "9e6516c",
            "0000000000000000", null),
        new WaiverRecord("lint", "bob", NOW.minusSeconds(60), "known flake8 noise",
            "2026-12-15", Fingerprint.of(lint), null),
        new SignoffRecord("gone", "erin", NOW.minusSeconds(86_400), null, null, null,
            "0000000000000000", null));
    Checklist checklist = new Checklist("Go-live", null, Path.of("go.yaml"), Map.of(),
        List.of(), List.of(new Section("go-live", "Go-live", null,
            List.of(notify, deploy, cert, docs, lint, untouched), List.of())));
    Ledger ledger = new Ledger(Records.NONE.plus(entries), Clock.fixed(NOW, ZoneOffset.UTC),
        Releases.of("9e6516c"), null, null);
    Golden.assertMatches("signoffs/listing.txt",
        RecordsListing.render(checklist, ledger, "go.signoffs.yaml"));
  }

  private static SignoffRecord signed(Item item, String by, Duration ago, String note,
      String evidence) {
    return new SignoffRecord(item.id(), by, NOW.minus(ago), note, evidence, "9e6516c",
        Fingerprint.of(item), null);
  }
}
