package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel runs, fail-fast, reruns and interrupts, with real processes and the built jar. */
class RunControlIT {
  @TempDir Path dir;

  private void checklist(String items) throws Exception {
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: Control
        sections:
          - id: main
            title: Main
            items:
        """ + items.indent(6), StandardCharsets.UTF_8);
  }

  private static String sleeper(String id, String seconds) {
    return "- id: " + id + "\n  title: " + id + "\n  run: sleep " + seconds + "\n";
  }

  @Test
  void eightOneSecondItemsOnEightJobsTakeAboutOneSecond() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      items.append(sleeper("s" + i, "1"));
    }
    checklist(items.toString());
    Outcome o = Preflight.run(dir, "run", "-j", "8", "--report", "json=out.json");
    assertThat(o.exitCode()).as(o.stdout() + o.stderr()).isEqualTo(0);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    // eight seconds of item time; run in parallel the run itself takes little more than one
    assertThat(report.get("durationMs").asLong()).isLessThan(2000);
  }

  /**
   * {@code trap "kill 0" EXIT} cleans up a script's jobs by signalling its process group. Each
   * item leads a session (and so a group) of its own: the signal stays inside the item instead
   * of interrupting preflight, and whatever ran preflight, as it would if items shared its group.
   */
  @Test
  void anItemThatSignalsItsProcessGroupReachesOnlyItself() throws Exception {
    checklist("""
        - id: cleanup
          title: Cleans up its jobs with kill 0
          run: 'sleep 30 & trap "kill 0" EXIT; true'
        - id: next
          title: Runs after it
          run: 'true'
        """);
    Outcome o = Preflight.run(dir, "run", "--report", "json=out.json");
    assertThat(o.exitCode()).as(o.stdout() + o.stderr()).isEqualTo(1);
    JsonNode items = new ObjectMapper().readTree(dir.resolve("out.json").toFile()).get("items");
    assertThat(items.get(0).get("exitCode").asInt()).isEqualTo(143);
    assertThat(items.get(1).get("status").asText()).isEqualTo("pass");
  }

  @Test
  void diamondRunsInWavesAndAFailedNeedBlocksItsDependants() throws Exception {
    // each item appends "start X" and "end X" to a shared file; the order tells the waves
    String step = "echo start %1$s >> order; sleep 0.3; echo end %1$s >> order";
    checklist("""
        - id: a
          title: a
          run: %s
        - id: b
          title: b
          run: %s
          needs: [a]
        - id: c
          title: c
          run: %s
          needs: [a]
        - id: d
          title: d
          run: %s
          needs: [b, c]
        - id: broken
          title: broken
          run: exit 1
        - id: after-broken
          title: after-broken
          run: touch must-not-exist
          needs: [broken]
        """.formatted(step.formatted("a"), step.formatted("b"), step.formatted("c"),
            step.formatted("d")));
    Outcome o = Preflight.run(dir, "run", "-j", "4", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(1);
    List<String> order = Files.readAllLines(dir.resolve("order"));
    assertThat(order.subList(0, 2)).containsExactly("start a", "end a");
    assertThat(order.subList(2, 4)).containsExactlyInAnyOrder("start b", "start c");
    assertThat(order.subList(4, 6)).containsExactlyInAnyOrder("end b", "end c");
    assertThat(order.subList(6, 8)).containsExactly("start d", "end d");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/5/status").asText()).isEqualTo("blocked");
    assertThat(report.at("/items/5/reasons/0").asText()).isEqualTo("needs broken (fail)");
    assertThat(dir.resolve("must-not-exist")).doesNotExist();
  }

  @Test
  void failFastStartsNothingAfterTheFirstBlockingFailure() throws Exception {
    checklist("""
        - id: first
          title: first
          run: "true"
        - id: broken
          title: broken
          run: exit 1
        - id: later
          title: later
          run: touch must-not-exist
        """);
    Outcome o = Preflight.run(dir, "run", "-j", "1", "--fail-fast", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/2/status").asText()).isEqualTo("skipped");
    assertThat(report.at("/items/2/reasons/0").asText())
        .isEqualTo("not run: --fail-fast stopped the run after broken failed");
    assertThat(dir.resolve("must-not-exist")).doesNotExist();
  }

  @Test
  void failFastKillStopsWhatIsRunning() throws Exception {
    checklist("""
        - id: slow
          title: slow
          run: sleep 30; touch must-not-exist
        - id: broken
          title: broken
          run: sleep 0.5; exit 1
        """);
    long t0 = System.nanoTime();
    Outcome o = Preflight.run(dir, "run", "-j", "2", "--fail-fast=kill", "--report",
        "json=out.json");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/0/status").asText()).isEqualTo("skipped");
    assertThat(report.at("/items/0/reasons/0").asText())
        .isEqualTo("stopped by --fail-fast after broken failed");
    assertThat(dir.resolve("must-not-exist")).doesNotExist();
  }

  @Test
  void retriesACommandThatFailsTwiceThenPasses() throws Exception {
    checklist("""
        - id: flaky
          title: flaky
          run: echo x >> tries; test $(wc -l < tries) -ge 3
          retries: 3
          retry_delay: 100ms
        """);
    Outcome o = Preflight.run(dir, "run", "--report", "json=out.json");
    assertThat(o.exitCode()).as(o.stdout()).isEqualTo(0);
    assertThat(o.stdout()).contains("3 attempts");
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/0/status").asText()).isEqualTo("pass");
    assertThat(report.at("/items/0/attempts").asInt()).isEqualTo(3);
    assertThat(Files.readAllLines(dir.resolve("tries"))).hasSize(3);
  }

  @Test
  void everyItemsWholeOutputIsInItsLogFile() throws Exception {
    checklist("""
        - id: chatty
          title: chatty
          run: seq 1 200000; echo on-stderr >&2; exit 1
        """);
    Outcome o = Preflight.run(dir, "run", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    String logFile = report.at("/items/0/logFile").asText();
    assertThat(o.stdout()).contains("full output: " + logFile);
    List<String> log = Files.readAllLines(dir.resolve(logFile));
    assertThat(log).hasSize(200_001).contains("100000", "on-stderr");
  }

  @Test
  void aReportFileLeftFromAnEarlierRunIsNotEvidence() throws Exception {
    checklist("""
        - id: stale
          title: stale
          run: "true"
          parse: { parser: json, from: stale.json, metrics: { n: /n } }
          expect: n == 1
        - id: fresh
          title: fresh
          run: "echo '{\\"n\\": 1}' > fresh.json"
          parse: { parser: json, from: fresh.json, metrics: { n: /n } }
          expect: n == 1
        """);
    Files.writeString(dir.resolve("stale.json"), "{\"n\": 1}");
    Files.setLastModifiedTime(dir.resolve("stale.json"),
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
    Outcome o = Preflight.run(dir, "run", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/0/status").asText()).isEqualTo("error");
    assertThat(report.at("/items/0/reasons/0").asText()).startsWith(
        "stale.json was not written by this run");
    assertThat(report.at("/items/1/status").asText()).isEqualTo("pass");
  }

  @Test
  void rerunFailedRunsOnlyWhatDidNotPass() throws Exception {
    checklist("""
        - id: good
          title: good
          run: echo ran-good
        - id: flaky
          title: flaky
          run: test -f fixed
        """);
    assertThat(Preflight.run(dir, "run").exitCode()).isEqualTo(1);
    Files.writeString(dir.resolve("fixed"), "");
    Outcome rerun = Preflight.run(dir, "run", "--rerun-failed", "--report", "json=out.json");
    assertThat(rerun.exitCode()).isEqualTo(0);
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/0/status").asText()).isEqualTo("skipped");
    assertThat(report.at("/items/1/status").asText()).isEqualTo("pass");
  }

  @Test
  void dryRunPrintsWavesAndRunsNothing() throws Exception {
    checklist("""
        - id: a
          title: a
          run: touch ran-a
        - id: b
          title: b
          run: "true"
          needs: [a]
        - id: c
          title: c
          run: "true"
          needs: [a]
        - id: d
          title: d
          run: "true"
          needs: [b, c]
        """);
    Outcome o = Preflight.run(dir, "run", "--dry-run", "-j", "4", "--skip", "c");
    assertThat(o.exitCode()).isEqualTo(0);
    assertThat(o.stdout()).isEqualTo("""
        Plan for Control (preflight.yaml), up to 4 jobs
        wave 1
          a  command
        wave 2
          b  command, needs a
        wave 3
          d  command, needs b, c
        not run
          c  skipped by --skip
        """);
    assertThat(dir.resolve("ran-a")).doesNotExist();
  }

  @Test
  void sigintKillsChildrenWritesReportsAndExits130() throws Exception {
    String marker = "300." + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000);
    checklist("""
        - id: quick
          title: quick
          run: "true"
        - id: long
          title: long
          run: echo started; sleep %s & sleep %s; wait
          needs: [quick]
        - id: later
          title: later
          run: "true"
          needs: [long]
        """.formatted(marker, marker));
    Process p = Preflight.start(dir, Map.of(), "run", "-j", "2", "--report", "json=out.json");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      waitForSleep(marker);
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String stdout = out.lines().reduce("", (a, b) -> a + b + "\n");
      assertThat(p.exitValue()).as(stdout).isEqualTo(130);
      assertThat(stdout).contains("Gate: INTERRUPTED");
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.get("exitCode").asInt()).isEqualTo(130);
    assertThat(report.at("/items/0/status").asText()).isEqualTo("pass");
    assertThat(report.at("/items/1/status").asText()).isEqualTo("error");
    assertThat(report.at("/items/1/reasons/0").asText()).isEqualTo("interrupted");
    assertThat(report.at("/items/2/status").asText()).isEqualTo("error");
    assertThat(sleepers(marker)).isZero();
  }

  private static void waitForSleep(String marker) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (sleepers(marker) < 2) {
      assertThat(System.nanoTime()).as("sleep %s never started", marker).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static long sleepers(String marker) {
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().commandLine().orElse("").endsWith("sleep " + marker))
        .count();
  }
}
