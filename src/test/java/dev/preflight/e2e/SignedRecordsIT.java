package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code signing:} only records signed by a key the allowed signers file lists for the
 * signer count. Real keys, made by ssh-keygen for each test; real signatures and checks.
 */
class SignedRecordsIT {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void keysAndChecklist() throws Exception {
    env.putAll(Map.of("HOME", dir.toString(), "GIT_CONFIG_GLOBAL", "/dev/null",
        "GIT_CONFIG_NOSYSTEM", "1"));
    keygen("alice");
    keygen("bob");
    Files.writeString(dir.resolve("allowed_signers"),
        "alice " + publicKey("alice") + "\n\"Bob Smith\" " + publicKey("bob") + "\n");
    Files.writeString(dir.resolve("go.yaml"), """
        version: 1
        name: Signed go-live
        signing:
          allowed_signers: allowed_signers
        sections:
          - id: go-live
            title: Go-live
            items:
              - id: notify
                title: Team notified
                manual: Post the go-live time.
              - id: lint
                title: Lint
                run: exit 1
        """, StandardCharsets.UTF_8);
  }

  private void keygen(String name) throws Exception {
    Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name,
        "-f", dir.resolve(name).toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor()).isEqualTo(0);
  }

  /** {@code ssh-ed25519 AAAA…}, without the comment. */
  private String publicKey(String name) throws IOException {
    String[] parts = Files.readString(dir.resolve(name + ".pub")).strip().split(" ");
    return parts[0] + " " + parts[1];
  }

  private Outcome preflight(String... args) throws Exception {
    return Preflight.run(dir, env, args);
  }

  private Path records() {
    return dir.resolve("go.signoffs.yaml");
  }

  @Test
  void aRecordSignedWithTheSignersListedKeyCounts() throws Exception {
    Outcome signed = preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice",
        "--note", "posted", "--sign", "--key", "alice");
    assertThat(signed.exitCode()).as(signed.stderr()).isEqualTo(0);
    assertThat(Files.readString(records())).contains("    signature: |\n",
        "      -----BEGIN SSH SIGNATURE-----\n");
    Outcome waived = preflight("waive", "lint", "-f", "go.yaml", "--by", "Bob Smith",
        "--reason", "known", "--until", "7d", "--key", "bob");
    assertThat(waived.exitCode()).as(waived.stderr()).isEqualTo(0);
    Outcome run = preflight("run", "go.yaml");
    assertThat(run.exitCode()).as(run.stdout()).isEqualTo(0);
    assertThat(run.stdout()).contains("signed by alice", "waived by Bob Smith");
  }

  @Test
  void theDefaultKeyIsTheUsualOne() throws Exception {
    Files.createDirectories(dir.resolve(".ssh"));
    Files.copy(dir.resolve("alice"), dir.resolve(".ssh/id_ed25519"));
    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice", "--sign")
        .exitCode()).isEqualTo(0);
    assertThat(preflight("run", "go.yaml", "--skip", "lint").exitCode()).isEqualTo(0);
  }

  @Test
  void unsignedRecordsAreRefusedWhenMadeAndIgnoredWhenWrittenByHand() throws Exception {
    Outcome refused = preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.stderr()).contains("go.yaml requires signed records", "add --sign");
    assertThat(records()).doesNotExist();
    Files.writeString(records(), """
        version: 1
        signoffs:
          - item: notify
            by: alice
            at: 2026-11-27T18:00:00Z
            fingerprint: %s
        """.formatted(fingerprintOfNotify()));
    Outcome run = preflight("run", "go.yaml", "--skip", "lint");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout()).contains("signed by alice 2026-11-27 18:00 UTC, not signed, and"
        + " this checklist requires signed records (record it again with --sign)");
  }

  @Test
  void aRecordEditedAfterSigningDoesNotCount() throws Exception {
    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice", "--note",
        "posted at 18:00", "--key", "alice").exitCode()).isEqualTo(0);
    assertThat(preflight("run", "go.yaml", "--skip", "lint").exitCode()).isEqualTo(0);
    Files.writeString(records(), Files.readString(records())
        .replace("note: posted at 18:00", "note: posted at 17:00"));
    Outcome run = preflight("run", "go.yaml", "--skip", "lint");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout())
        .contains("signature does not match: the record was edited after signing");
    assertThat(preflight("signoffs", "-f", "go.yaml").stdout()).contains("bad signature");
  }

  @Test
  void aKeyNotListedForTheNameDoesNotCount() throws Exception {
    Outcome refused = preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice",
        "--key", "bob");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.stderr()).contains("is not listed for alice in", "nothing was recorded");
    assertThat(records()).doesNotExist();
    // forged by hand: bob's real signature under alice's name
    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "Bob Smith", "--key",
        "bob").exitCode()).isEqualTo(0);
    Files.writeString(records(), Files.readString(records()).replace("by: Bob Smith",
        "by: alice"));
    Outcome run = preflight("run", "go.yaml", "--skip", "lint");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.stdout()).contains("signed by alice ").containsAnyOf(
        "signed with a key that allowed_signers does not list for alice",
        "signature does not match");
  }

  @Test
  void aMissingKeyIsOneClearLine() throws Exception {
    Outcome o = preflight("signoff", "notify", "-f", "go.yaml", "--by", "alice", "--sign");
    assertThat(o.exitCode()).isEqualTo(2);
    assertThat(o.stderr()).contains("no readable SSH key at ", ".ssh/id_ed25519",
        "nothing was recorded").doesNotContain("Exception");
  }

  /** The fingerprint a real sign-off records for notify, read back from one made elsewhere. */
  private String fingerprintOfNotify() throws Exception {
    Path other = Files.createTempDirectory(dir, "plain");
    Files.writeString(other.resolve("go.yaml"), Files.readString(dir.resolve("go.yaml"))
        .replace("signing:\n  allowed_signers: allowed_signers\n", ""));
    assertThat(Preflight.run(other, env, "signoff", "notify", "-f", "go.yaml", "--by", "x")
        .exitCode()).isEqualTo(0);
    String text = Files.readString(other.resolve("go.signoffs.yaml"));
    return text.replaceAll("(?s).*fingerprint: (\\S+).*", "$1");
  }
}
