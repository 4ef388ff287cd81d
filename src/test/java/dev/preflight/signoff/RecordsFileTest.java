package dev.preflight.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.load.Diagnostic;
import dev.preflight.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records file: what it looks like, what reads back, and what is refused untouched. */
class RecordsFileTest {
  static final Instant T = Instant.parse("2026-11-27T18:00:00Z");

  @TempDir Path dir;

  private RecordsFile file() {
    return new RecordsFile(dir.resolve("release.signoffs.yaml"), "release.signoffs.yaml",
        dir.resolve(".preflight/release.signoffs.yaml.lock"), "release.yaml");
  }

  private static final String SIGNATURE = "-----BEGIN SSH SIGNATURE-----\n"
      + "U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgYQDpVCfZI6rFsF3h9wFIGCwmMy\n"
      + "-----END SSH SIGNATURE-----\n";

  private static List<Entry> sample() {
    return List.of(
        new WaiverRecord("index", "bob", T.plusSeconds(60), "tuning: after launch", "2026-12-15",
            "586d5af39003f4d5", null),
        new SignoffRecord("notify", "张伟", T.plusSeconds(30), "posted in #release", null,
            "1234567", "c05275568ac92c06", SIGNATURE),
        new SignoffRecord("deploy", "alice", T, "line one\nline \"two\"", "https://x.example/1",
            "9e6516c", "bb24457e6a1b2edd", null),
        new SignoffRecord("deploy", "Bob Smith", T, "yes", "- not a list", null,
            "bb24457e6a1b2edd", null));
  }

  @Test
  void writesPlainYamlInAStableOrderForReview() throws Exception {
    file().update(r -> r.plus(sample()));
    String text = Files.readString(dir.resolve("release.signoffs.yaml"));
    Golden.assertMatches("signoffs/records.yaml", text);
    // the order does not depend on the order of writing
    Files.delete(dir.resolve("release.signoffs.yaml"));
    List<Entry> backwards = new java.util.ArrayList<>(sample());
    java.util.Collections.reverse(backwards);
    for (Entry e : backwards) {
      file().update(r -> r.plus(List.of(e)));
    }
    assertThat(Files.readString(dir.resolve("release.signoffs.yaml"))).isEqualTo(text);
  }

  @Test
  void readsBackExactlyWhatWasWritten() throws Exception {
    Records written = file().update(r -> r.plus(sample()));
    assertThat(file().read()).isEqualTo(written);
    assertThat(file().read().signoffsFor("deploy")).extracting(SignoffRecord::note)
        .containsExactly("yes", "line one\nline \"two\""); // same time: by name, as sorted
  }

  @Test
  void aMissingOrEmptyFileHasNoRecords() throws Exception {
    assertThat(file().read()).isEqualTo(Records.NONE);
    Files.writeString(dir.resolve("release.signoffs.yaml"), "# nothing yet\n");
    assertThat(file().read()).isEqualTo(Records.NONE);
  }

  @Test
  void aBrokenFileIsRefusedWithItsLineAndNeverOverwritten() throws Exception {
    file().update(r -> r.plus(sample()));
    Path path = dir.resolve("release.signoffs.yaml");
    String broken = Files.readString(path).replace("    by: alice\n", "    by: [alice\n");
    Files.writeString(path, broken);
    assertThatThrownBy(() -> file().read()).isInstanceOf(RecordsFile.Unreadable.class)
        .hasMessageStartingWith("release.signoffs.yaml:");
    assertThatThrownBy(() -> file().update(r -> r.plus(sample())))
        .isInstanceOf(RecordsFile.Unreadable.class);
    assertThat(Files.readString(path)).isEqualTo(broken);
  }

  @Test
  void everyProblemInAnEntryIsNamedWithItsPlace() throws Exception {
    Files.writeString(dir.resolve("release.signoffs.yaml"), """
        version: 1
        signoffs:
          - item: deploy
            by: alice
            at: yesterday
            fingerprint: abc
            colour: blue
          - by: bob
            at: 2026-11-27T18:00:00Z
            fingerprint: abc
        waivers:
          - item: lint
            by: bob
            at: 2026-11-27T18:00:00Z
            fingerprint: abc
            reason: later
            until: next week
        """, StandardCharsets.UTF_8);
    RecordsFile.Unreadable e = (RecordsFile.Unreadable) org.assertj.core.api.Assertions
        .catchThrowable(() -> file().read());
    assertThat(e.problems()).extracting(Diagnostic::render).containsExactly(
        "release.signoffs.yaml:5:9: signoffs[0].at: at 'yesterday' is not a UTC time (write it as"
            + " 2026-11-27T18:00:00Z)",
        "release.signoffs.yaml:7:5: signoffs[0].colour: unknown key 'colour' (expected one of:"
            + " item, by, at, note, evidence, release, fingerprint, signature)",
        "release.signoffs.yaml:8:5: signoffs[1].item: missing item (every entry has item, by, at"
            + " and fingerprint)",
        "release.signoffs.yaml:17:12: waivers[0].until: until 'next week' is neither a date"
            + " (2026-12-15) nor a UTC time (2026-12-15T18:00:00Z)");
  }

  @Test
  void hostileFilesAreRefusedNotExpanded() throws Exception {
    Path path = dir.resolve("release.signoffs.yaml");
    Files.writeString(path, "version: 1\nsignoffs: &a [*a]\n");
    assertThatThrownBy(() -> file().read()).hasMessageContaining("anchors and aliases");
    Files.write(path, new byte[] {'a', ':', ' ', (byte) 0xff});
    assertThatThrownBy(() -> file().read()).hasMessageContaining("not valid UTF-8");
    Files.writeString(path, "- just\n- a list\n");
    assertThatThrownBy(() -> file().read()).hasMessageContaining("expected a map");
  }

  @Test
  void theRecordsFileSitsBesideItsChecklist() {
    assertThat(RecordsFile.beside(Path.of("checklists/release.yaml")))
        .isEqualTo(Path.of("checklists/release.signoffs.yaml"));
    assertThat(RecordsFile.beside(Path.of("go-live.yml")))
        .isEqualTo(Path.of("go-live.signoffs.yaml"));
    assertThat(RecordsFile.beside(Path.of("preflight")))
        .isEqualTo(Path.of("preflight.signoffs.yaml"));
  }
}
