package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Pty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} on a real terminal asks for each pending sign-off after the automated items:
 * answers are recorded one by one, {@code q} stops, Ctrl-C stops with exit 130 and leaves the
 * records file whole; {@code --no-input} never asks.
 */
class SignoffPromptIT {
  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void setUp() throws IOException {
    Files.copy(Path.of("src/test/resources/signoffs/prompt.yaml"), dir.resolve("go.yaml"));
    // the signer's name comes from GITHUB_ACTOR when git has none, as on a CI runner
    env = Map.of("HOME", dir.toString(), "GIT_CONFIG_GLOBAL", "/dev/null",
        "GIT_CONFIG_NOSYSTEM", "1", "GITHUB_ACTOR", "alice");
  }

  private String records() throws IOException {
    Path file = dir.resolve("go.signoffs.yaml");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private void noTemporaryFilesLeft() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void eachYesIsRecordedWithItsNoteAndTheReportShowsIt() throws Exception {
    try (Pty pty = Pty.start(dir, env, "run", "go.yaml")) {
      pty.expect("3 items are waiting for a sign-off. Signing as alice")
          .expect("? 团队通知 · Team notified  (notify)")
          .expect("Post the go-live time in the release channel.")
          .expect("Done? [y/n/s/q]").type("y\n")
          .expect("Note (optional):").type("posted at 18:00 in #release\n")
          .expect("signed off")
          .expect("Deploy the artifact.").expect("Record its SHA-256.")
          .expect("Done? [y/n/s/q]").type("n\n").expect("not signed off")
          .expect("(verify)").expect("Done? [y/n/s/q]").type("maybe\n")
          .expect("answer y, n, s or q").expect("Done? [y/n/s/q]").type("s\n");
      assertThat(pty.exitCode()).isEqualTo(3);
      assertThat(pty.shown())
          .contains("signed by alice ", " · posted at 18:00 in #release")
          .contains("→ preflight signoff deploy -f go.yaml")
          .contains("Gate: PENDING — 2 sign-offs outstanding (exit 3)");
    }
    assertThat(records()).contains("  - item: notify\n    by: alice\n")
        .contains("    note: \"posted at 18:00 in #release\"\n")
        .doesNotContain("item: deploy", "item: verify");
  }

  @Test
  void quitStopsAskingAndKeepsWhatWasSigned() throws Exception {
    try (Pty pty = Pty.start(dir, env, "run", "go.yaml")) {
      pty.expect("(notify)").expect("Done? [y/n/s/q]").type("y\n")
          .expect("Note (optional):").type("\n").expect("signed off")
          .expect("(deploy)").expect("Done? [y/n/s/q]").type("q\n")
          .expect("Stopped asking; 2 still waiting for a sign-off.");
      assertThat(pty.exitCode()).isEqualTo(3);
      assertThat(pty.shown()).doesNotContain("(verify)");
    }
    assertThat(records()).contains("item: notify").doesNotContain("note:", "item: deploy");
  }

  @Test
  void ctrlCStopsWithExit130AndTheRecordsFileStaysWhole() throws Exception {
    try (Pty pty = Pty.start(dir, env, "run", "go.yaml", "--report", "json=run.json")) {
      pty.expect("(notify)").expect("Done? [y/n/s/q]").type("y\n")
          .expect("Note (optional):").type("first\n").expect("signed off")
          .expect("(deploy)").expect("Done? [y/n/s/q]").type("y\n")
          .expect("Note (optional):").type("\u0003")
          .expect("Interrupted; nothing more was recorded.");
      assertThat(pty.exitCode()).isEqualTo(130);
      assertThat(pty.shown()).contains("Gate: INTERRUPTED").doesNotContain("(verify)");
    }
    assertThat(records()).contains("item: notify", "note: first").doesNotContain("deploy");
    assertThat(Files.readString(dir.resolve("run.json"))).contains("\"exitCode\": 130");
    noTemporaryFilesLeft();
  }

  @Test
  void ctrlCAtTheFirstQuestionRecordsNothing() throws Exception {
    try (Pty pty = Pty.start(dir, env, "run", "go.yaml")) {
      pty.expect("Done? [y/n/s/q]").type("\u0003");
      assertThat(pty.exitCode()).isEqualTo(130);
    }
    assertThat(dir.resolve("go.signoffs.yaml")).doesNotExist();
    noTemporaryFilesLeft();
  }

  @Test
  void noInputNeverAsksEvenOnATerminal() throws Exception {
    try (Pty pty = Pty.start(dir, env, "run", "go.yaml", "--no-input")) {
      pty.expect("Gate: PENDING");
      assertThat(pty.exitCode()).isEqualTo(3);
      assertThat(pty.shown()).doesNotContain("Done?", "waiting for a sign-off.");
    }
    assertThat(dir.resolve("go.signoffs.yaml")).doesNotExist();
  }
}
