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

/**
 * Services with the built jar and real processes: each service leaves a background {@code sleep
 * MARKER} in its tree, and no such process may outlive the moment nothing needs the service:
 * after its last dependant, after it failed by itself, after Ctrl-C.
 */
class ServiceIT {
  @TempDir Path dir;
  private final String marker = "3600." + Math.abs(UUID.randomUUID().getLeastSignificantBits()
      % 1_000_000);

  private void checklist(String items) throws Exception {
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: Services
        sections:
          - id: main
            title: Main
            items:
        """ + items.indent(6), StandardCharsets.UTF_8);
  }

  /** A web server on a free port whose tree also holds {@code sleep MARKER}. */
  private String web(String id) {
    return """
        - id: %1$s
          title: Web server %1$s
          service:
            run: sleep %2$s & exec python3 -u -m http.server {{ port.%1$s }} --bind 127.0.0.1
            ready: {http: "http://127.0.0.1:{{ port.%1$s }}/"}
        """.formatted(id, marker);
  }

  @Test
  void theTreeIsGoneAfterTheLastDependantAndBeforeTheRunEnds() throws Exception {
    checklist(web("web") + """
        - id: health
          title: answers
          needs: [web]
          http: {url: "http://127.0.0.1:{{ port.web }}/", samples: 20, concurrency: 4}
          expect: [status == 200, error_rate == 0]
        - id: gone
          title: service stopped once nothing needs it
          needs: [health]
          run: "! pgrep -f 'sleep [%s]%s'"
          retries: 20
          retry_delay: 250ms
        """.formatted(marker.charAt(0), marker.substring(1)));
    Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1"), "run", "--report", "json=out.json");
    assertThat(o.exitCode()).as(o.stdout() + o.stderr()).isZero();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    assertThat(report.at("/items/0/kind").asText()).isEqualTo("service");
    assertThat(report.at("/items/0/status").asText()).isEqualTo("pass");
    assertThat(report.at("/items/0/metrics/ready_ms").asDouble()).isPositive();
    assertThat(report.at("/items/1/metrics/requests").asInt()).isEqualTo(20);
    assertThat(o.stdout()).containsPattern("Web server web \\.+ pass +[0-9.]+m?s  up; ready after");
    // its output went to its log file: the server logged the probe's requests
    String log = Files.readString(dir.resolve(report.at("/items/0/logFile").asText()));
    assertThat(log).contains("\"GET / HTTP/1.1\" 200");
    assertThat(sleepers()).isZero();
  }

  @Test
  void aServiceThatDiesFailsBlocksWhatWaitsAndLeavesNothing() throws Exception {
    checklist("""
        - id: flaky
          title: Flaky service
          service:
            run: echo ready; sleep %s & sleep 1; echo giving up >&2; exit 7
            ready: {log: ready}
        - id: slow
          title: slow user
          needs: [flaky]
          run: sleep 3
        - id: after
          title: waits for both
          needs: [flaky, slow]
          run: "true"
        - id: never
          title: never ready
          service: {run: "sleep %s", ready: {tcp: "127.0.0.1:{{ port.never }}"}, ready_timeout: 1s}
        - id: missing
          title: missing binary
          service: {run: no-such-server --port 1}
        """.formatted(marker, marker));
    Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1"), "run", "--report", "json=out.json");
    assertThat(o.exitCode()).as(o.stdout()).isEqualTo(1);
    JsonNode items = new ObjectMapper().readTree(dir.resolve("out.json").toFile()).get("items");
    assertThat(items.at("/0/status").asText()).isEqualTo("fail");
    assertThat(items.at("/0/reasons/0").asText())
        .isEqualTo("exited with code 7 while items still needed it");
    assertThat(items.at("/0/stderrTail").asText()).contains("giving up");
    assertThat(items.at("/1/status").asText()).isEqualTo("pass");
    assertThat(items.at("/2/status").asText()).isEqualTo("blocked");
    assertThat(items.at("/2/reasons/0").asText()).isEqualTo("needs flaky (fail)");
    assertThat(items.at("/3/status").asText()).isEqualTo("fail");
    assertThat(items.at("/3/reasons/0").asText()).matches("not ready within 1s \\(no connection"
        + " to 127.0.0.1:\\d+\\); its process tree was stopped");
    assertThat(items.at("/4/status").asText()).isEqualTo("error");
    assertThat(items.at("/4/reasons/0").asText()).isEqualTo("command not found: no-such-server");
    assertThat(sleepers()).isZero();
  }

  @Test
  void ctrlCStopsARunningService() throws Exception {
    String dependant = "sleep 120." + marker.substring(marker.indexOf('.') + 1);
    checklist(web("web") + """
        - id: long
          title: long dependant
          needs: [web]
          run: %s
        """.formatted(dependant));
    Process p = Preflight.start(dir, Map.of("NO_COLOR", "1"), "run", "--report", "json=out.json");
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!running(dependant)) { // this test's own: other runs may sleep 120 too
        assertThat(System.nanoTime()).as("the dependant never started").isLessThan(deadline);
        Thread.sleep(100);
      }
      assertThat(sleepers()).isEqualTo(1);
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String stdout = out.lines().reduce("", (a, b) -> a + b + "\n");
      assertThat(p.exitValue()).as(stdout).isEqualTo(130);
    }
    JsonNode items = new ObjectMapper().readTree(dir.resolve("out.json").toFile()).get("items");
    assertThat(items.at("/0/status").asText()).isEqualTo("error");
    assertThat(items.at("/0/reasons/0").asText()).isEqualTo("interrupted");
    assertThat(sleepers()).isZero();
    assertThat(running("http.server")).as("no web server of this test").isFalse();
  }

  private long sleepers() {
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
        .filter(h -> h.info().commandLine().orElse("").endsWith("sleep " + marker)).count();
  }

  private boolean running(String command) {
    return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
        .anyMatch(h -> h.info().commandLine().orElse("").contains(command)
            && h.info().commandLine().orElse("").contains(command.equals("http.server")
                ? dir.toString() : command));
  }
}
