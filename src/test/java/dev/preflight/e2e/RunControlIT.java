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
