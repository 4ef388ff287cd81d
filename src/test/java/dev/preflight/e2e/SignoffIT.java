package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signoff}, {@code waive} and {@code signoffs} with the built jar on real files: the
 * README's walk-through, round trips through an edited item, ten signers at once, broken files
 * and every kind of bad input.
 */
class SignoffIT {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void isolateFromThisMachinesGit() {
    env.putAll(Map.of("HOME", dir.toString(), "GIT_CONFIG_GLOBAL", "/dev/null",
        "GIT_CONFIG_NOSYSTEM", "1"));
  }

  private Outcome preflight(String... args) throws Exception {
    return Preflight.run(dir, env, args);
  }

  private Path checklist(String items) throws IOException {
    Path file = dir.resolve("go.yaml");
    Files.writeString(file, """
        version: 1
        name: Go-live
        sections:
          - id: go-live
            title: Go-live
            items:
        """ + items.indent(6), StandardCharsets.UTF_8);
    return file;
  }

  private static final String ITEMS = """
      - id: tests
        title: Tests pass
        run: "true"
      - id: notify
        title: Team notified
        manual: Post the go-live time in the release channel.
      - id: deploy
        title: Deploy
        manual: Deploy the release.
        signers: [alice, bob]
        signoffs_required: 2
      - id: smoke
        title: Smoke test
        run: "true"
        needs: [deploy]
      """;

  private String records() throws IOException {
    return Files.readString(dir.resolve("go.signoffs.yaml"));
  }

  @Test
  void theReadmeWalkThroughGoesFromExit3ToExit0() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("<!-- walk-through: (\\S+) -->\\n```sh\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("the README's walk-through block").isTrue();
    Path example = Path.of(block.group(1));
    try (Stream<Path> files = Files.list(example)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    List<Integer> codes = new ArrayList<>();
    for (String line : block.group(2).lines().toList()) {
      if (!line.startsWith("preflight ")) {
        continue;
      }
      String command = line.replaceAll("\\s{2,}#.*$", ""); // comments sit apart; #release not
      Outcome o = preflight(words(command.substring("preflight ".length())));
      Matcher expected = Pattern.compile("# exit (\\d+)").matcher(line);
      int want = expected.find() ? Integer.parseInt(expected.group(1)) : 0;
      assertThat(o.exitCode()).as(command + "\n" + o.stdout() + o.stderr()).isEqualTo(want);
      codes.add(o.exitCode());
    }
    assertThat(codes).startsWith(3).endsWith(0).hasSize(7);
  }

  @Test
  void signEditTheItemRunStaleSignAgainRunValid() throws Exception {
    Path file = checklist(ITEMS);
    Outcome first = preflight("run", "go.yaml", "--report", "json=run.json");
    assertThat(first.exitCode()).as("smoke is blocked by the pending deploy").isEqualTo(1);
    assertThat(first.stdout()).contains("→ preflight signoff notify -f go.yaml");

    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "carol", "--note",
        "posted", "--evidence", "https://chat.example/1").exitCode()).isEqualTo(0);
    assertThat(preflight("signoff", "deploy", "-f", "go.yaml", "--by", "alice").stdout())
        .contains("Signed off deploy as alice: 1 of 2 sign-offs; waiting for another signer.");
    assertThat(preflight("signoff", "deploy", "-f", "go.yaml", "--by", "alice").exitCode())
        .isEqualTo(0);
    Outcome once = preflight("run", "go.yaml");
    assertThat(once.exitCode()).as("alice twice is still one person").isEqualTo(1);
    assertThat(once.stdout()).contains("1 of 2 sign-offs (alice); waiting for another signer");
    assertThat(preflight("signoff", "deploy", "-f", "go.yaml", "--by", "bob").exitCode())
        .isEqualTo(0);
    Outcome signed = preflight("run", "go.yaml", "--report", "json=run.json");
    assertThat(signed.exitCode()).as(signed.stdout()).isEqualTo(0);
    assertThat(signed.stdout()).contains("signed by carol ", " · posted · evidence:"
        + " https://chat.example/1");
    JsonNode notify = new ObjectMapper().readTree(dir.resolve("run.json").toFile())
        .get("items").get(1);
    assertThat(notify.at("/signoffs/0/by").asText()).isEqualTo("carol");
    assertThat(notify.at("/signoffs/0/evidence").asText()).isEqualTo("https://chat.example/1");

    Files.writeString(file, Files.readString(file).replace("in the release channel",
        "in the release and on-call channels"));
    Outcome stale = preflight("run", "go.yaml");
    assertThat(stale.exitCode()).isEqualTo(3);
    assertThat(stale.stdout()).contains(", for an earlier version of this item");
    assertThat(preflight("signoffs", "-f", "go.yaml").stdout()).contains("stale")
        .contains("1 manual item waits for a sign-off: notify");
    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "carol").exitCode())
        .isEqualTo(0);
    assertThat(preflight("run", "go.yaml").exitCode()).isEqualTo(0);
  }

  @Test
  void tenSignersAtOnceAreAllRecorded() throws Exception {
    checklist("""
        - id: notify
          title: Team notified
          manual: Post the go-live time.
          signoffs_required: 10
        """);
    List<Process> signers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      signers.add(Preflight.start(dir, env, "signoff", "notify", "-f", "go.yaml", "--by",
          "signer-" + i, "--note", "note " + i));
    }
    for (Process p : signers) {
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).isEqualTo(0);
    }
    String text = records();
    for (int i = 0; i < 10; i++) {
      assertThat(text).contains("by: signer-" + i + "\n", "note: note " + i + "\n");
    }
    assertThat(preflight("run", "go.yaml").exitCode()).isEqualTo(0);
  }

  /** Signers killed with SIGKILL at any moment leave a whole file with every finished record. */
  @Test
  void killedSignersNeverLeaveAHalfWrittenFile() throws Exception {
    checklist("""
        - id: notify
          title: Team notified
          manual: Post the go-live time.
        """);
    List<Process> signers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      signers.add(Preflight.start(dir, env, "signoff", "notify", "-f", "go.yaml", "--by",
          "signer-" + i));
    }
    for (int i = 0; i < signers.size(); i += 2) {
      Thread.sleep(150L * i); // staggered: some die starting up, some while writing
      signers.get(i).destroyForcibly();
    }
    List<String> finished = new ArrayList<>();
    for (int i = 0; i < signers.size(); i++) {
      Process p = signers.get(i);
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
      if (p.exitValue() == 0) {
        finished.add("by: signer-" + i + "\n");
      }
    }
    Outcome valid = preflight("validate", "go.yaml");
    assertThat(valid.exitCode()).as(valid.stderr()).isEqualTo(0);
    assertThat(finished).hasSizeGreaterThanOrEqualTo(4); // those never killed
    assertThat(records()).contains(finished.toArray(String[]::new));
  }

  @Test
  void aBrokenRecordsFileStopsEveryCommandAndIsLeftAsItIs() throws Exception {
    checklist(ITEMS);
    assertThat(preflight("signoff", "notify", "-f", "go.yaml", "--by", "carol").exitCode())
        .isEqualTo(0);
    Path path = dir.resolve("go.signoffs.yaml");
    String broken = records().replace("    by: carol\n", "    by: carol\n  by: again\n");
    Files.writeString(path, broken);
    for (String[] args : List.of(new String[] {"run", "go.yaml"},
        new String[] {"validate", "go.yaml"},
        new String[] {"signoff", "notify", "-f", "go.yaml", "--by", "dave"},
        new String[] {"waive", "tests", "-f", "go.yaml", "--by", "dave", "--reason", "x",
            "--until", "1d"},
        new String[] {"signoffs", "-f", "go.yaml"})) {
      Outcome o = preflight(args);
      assertThat(o.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(o.stderr()).contains("go.signoffs.yaml:7:").contains("the file was left as it is")
          .doesNotContain("Exception");
      assertThat(Files.readString(path)).isEqualTo(broken);
    }
  }

  @Test
  void badInputIsExit2WithTheReasonAndNothingWritten() throws Exception {
    checklist(ITEMS);
    Map<List<String>, String> cases = Map.of(
        List.of("signoff", "notfy", "-f", "go.yaml", "--by", "alice"),
        "no item 'notfy' in go.yaml (did you mean notify?)",
        List.of("signoff", "tests", "-f", "go.yaml", "--by", "alice"),
        "'tests' is a command item; only manual and notify items are signed off",
        List.of("signoff", "deploy", "notify", "-f", "go.yaml", "--by", "mallory"),
        "mallory may not sign off 'deploy': its signers are alice, bob",
        List.of("waive", "tests", "-f", "go.yaml", "--by", "bob", "--reason", "late",
            "--until", "2020-01-01"),
        "--until 2020-01-01 is in the past",
        List.of("waive", "tests", "-f", "go.yaml", "--by", "bob", "--reason", "late",
            "--until", "120d"),
        "is more than 90 days ahead",
        List.of("waive", "tests", "-f", "go.yaml", "--by", "bob", "--reason", " ",
            "--until", "7d"),
        "--reason is empty",
        List.of("waive", "tests", "-f", "go.yaml", "--by", "bob", "--until", "7d"),
        "Missing required option: '--reason=TEXT'");
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      Outcome o = preflight(c.getKey().toArray(String[]::new));
      assertThat(o.exitCode()).as(String.join(" ", c.getKey())).isEqualTo(2);
      assertThat(o.stderr()).contains(c.getValue()).doesNotContain("Exception");
      assertThat(dir.resolve("go.signoffs.yaml")).as(String.join(" ", c.getKey()))
          .doesNotExist();
    }
  }

  @Test
  void waiveTakesAnyItemAndTheWaiverLetsDependantsRun() throws Exception {
    checklist(ITEMS);
    Outcome waived = preflight("waive", "deploy", "tests", "-f", "go.yaml", "--by", "bob",
        "--reason", "deploying after the freeze", "--until", "2d");
    assertThat(waived.exitCode()).as(waived.stderr()).isEqualTo(0);
    assertThat(waived.stdout()).contains("Waived deploy until ", "(bob): deploying after");
    Outcome run = preflight("run", "go.yaml", "--report", "junit=junit.xml");
    assertThat(run.stdout()).contains("waived by bob until ")
        .contains("✔ Smoke test").doesNotContain("needs deploy");
    assertThat(Files.readString(dir.resolve("junit.xml")))
        .contains("<property name=\"waiver.reason\" value=\"deploying after the freeze\"/>");
  }

  @Test
  void byDefaultsToGitsUserThenGithubActor() throws Exception {
    checklist(ITEMS);
    env.put("GITHUB_ACTOR", "ci-bot");
    assertThat(preflight("signoff", "notify", "-f", "go.yaml").stdout())
        .contains("Signed off notify as ci-bot.");
    run(dir, "git", "init", "-q");
    run(dir, "git", "config", "user.name", "Alice Example");
    assertThat(preflight("signoff", "notify", "-f", "go.yaml").stdout())
        .contains("Signed off notify as Alice Example.");
    assertThat(records()).contains("by: ci-bot\n", "by: Alice Example\n");
  }

  @Test
  void aSignOffExpiresWhenItsValidForRunsOut() throws Exception {
    checklist("""
        - id: window
          title: Maintenance window announced
          manual: Announce the window.
          valid_for: 3s
        """);
    assertThat(preflight("signoff", "window", "-f", "go.yaml", "--by", "alice").exitCode())
        .isEqualTo(0);
    Outcome fresh = preflight("run", "go.yaml");
    Thread.sleep(3_500);
    Outcome old = preflight("run", "go.yaml");
    // the first run may already be late on a loaded machine; the second never is on time
    assertThat(old.exitCode()).isEqualTo(3);
    assertThat(old.stdout()).containsPattern("signed by alice .*, expired ");
    assertThat(fresh.exitCode() == 0 || fresh.stdout().contains("expired")).isTrue();
  }

  @Test
  void aReleaseBoundSignOffSurvivesCommittingTheRecordsButNotNewCode() throws Exception {
    checklist("""
        - id: deploy
          title: Deploy
          manual: Deploy the release.
          release_bound: true
        """);
    Files.writeString(dir.resolve("app.py"), "print('v1')\n");
    run(dir, "git", "init", "-q");
    run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example", "add", ".");
    run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example", "commit", "-qm", "v1");
    assertThat(preflight("signoff", "deploy", "-f", "go.yaml", "--by", "alice").exitCode())
        .isEqualTo(0);
    run(dir, "git", "add", "go.signoffs.yaml");
    run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example", "commit", "-qm", "sign");
    assertThat(preflight("run", "go.yaml").exitCode()).as("same code, new commit").isEqualTo(0);
    Files.writeString(dir.resolve("app.py"), "print('v2')\n");
    run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@example", "commit", "-qam", "v2");
    Outcome changed = preflight("run", "go.yaml");
    assertThat(changed.exitCode()).isEqualTo(3);
    assertThat(changed.stdout()).containsPattern("for release [0-9a-f]+, not this one");
    assertThat(preflight("run", "go.yaml", "--release", "v2").stdout())
        .containsPattern("for release [0-9a-f]+, not this one \\(v2\\)");
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isEqualTo(0);
  }

  /** A command line split as sh would: spaces separate, double quotes group. */
  static String[] words(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words.toArray(String[]::new);
  }
}
