package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import dev.preflight.testing.RecordingServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed checklist, run for real against examples/core-module with Debian's Python tools,
 * PostgreSQL and Redis (.ci/run installs them): the checklist starts a throwaway PostgreSQL
 * cluster, a redis-server, the service and an HTTPS endpoint itself; every automated item
 * passes, every manual item waits for sign-off, and the gate says exactly that (exit 3). Its
 * notify items wait like manual ones while no DingTalk robot is configured, and announce
 * through one when it is.
 */
class SeedChecklistIT {
  private static final Path CHECKLIST = Path.of("checklists/core-module-deployment.yaml");

  @TempDir Path reports;

  @Test
  void automatedItemsPassAndManualOnesArePending() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "Debian's python3 is missing");
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(Files.isExecutable(Path.of("/usr/bin/redis-server"))
          && Files.isDirectory(Path.of("/usr/lib/postgresql")),
          "PostgreSQL or redis-server is missing (apt-get install postgresql redis-server)");
    }
    Path json = reports.resolve("seed.json");
    Outcome o = Preflight.run(Path.of("."), Map.of("NO_COLOR", "1"),
        "run", CHECKLIST.toString(), "--report", "json=" + json);
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    List<String> notAsExpected = new ArrayList<>();
    int automated = 0;
    int manual = 0;
    int missedTimings = 0;
    java.util.Set<String> missed = new java.util.HashSet<>();
    int notify = 0;
    for (JsonNode item : report.get("items")) {
      String kind = item.get("kind").asText();
      String status = item.get("status").asText();
      String expected = kind.equals("manual") || kind.equals("notify") ? "pending" : "pass";
      if (kind.equals("manual")) {
        manual++;
      } else if (kind.equals("notify")) {
        notify++;
      } else {
        automated++;
      }
      if (status.equals("fail") && onlyTimings(item.get("reasons"))) {
        missedTimings++;
        missed.add(item.get("id").asText());
      } else if (status.equals("blocked")
          && item.at("/reasons/0").asText().matches("needs [a-z0-9-]+ \\(fail\\)(, [a-z0-9-]+ \\(fail\\))*")
          && missed.containsAll(java.util.Arrays.stream(item.at("/reasons/0").asText()
              .substring(6).split(", ")).map(n -> n.replace(" (fail)", "")).toList())) {
        continue; // waits only for a missed latency target
      } else if (!status.equals(expected)) {
        notAsExpected.add(item.get("id").asText() + "=" + status + " " + item.get("reasons"));
      }
    }
    assertThat(notAsExpected).as(o.stdout()).isEmpty();
    assertThat(automated).isEqualTo(56);
    assertThat(manual).isEqualTo(84);
    assertThat(notify).isEqualTo(2);
    // the seed's latency targets are production's; a machine busy with other builds may miss
    // them, which is the gate doing its job: then, and only then, the gate fails
    assertThat(o.exitCode()).isEqualTo(missedTimings == 0 ? 3 : 1);
    assertThat(report.get("verdict").asText()).isEqualTo(missedTimings == 0 ? "pending" : "fail");

    // the figures the seed's thresholds are about, read from the tools' own output
    assertThat(metric(report, "core-coverage", "coverage")).isGreaterThan(80);
    assertThat(metric(report, "final-tests", "passed")).isPositive();
    assertThat(metric(report, "final-tests", "failed")).isZero();
    assertThat(metric(report, "security-check", "high")).isZero();
    assertThat(metric(report, "type-check", "errors")).isZero();
    assertThat(metric(report, "lint", "issues")).isZero();
    assertThat(metric(report, "dependency-scan", "vulnerabilities")).isZero();

    // the systems the seed names, checked by probes against the stack the checklist started
    assertThat(metric(report, "prod-database-version", "server_version")).isGreaterThan(14);
    assertThat(metric(report, "cache-integration", "redis_version")).isGreaterThanOrEqualTo(6);
    assertThat(metric(report, "https-certificate", "days_left")).isGreaterThanOrEqualTo(30);
    assertThat(metric(report, "concurrency-test", "requests")).isEqualTo(500);
    assertThat(metric(report, "performance-test", "p95_ms")).isPositive();
    assertThat(metric(report, "final-backup", "size")).isGreaterThan(1000);
    assertThat(metric(report, "env-var-config", "missing")).isZero();
    for (String service : List.of("postgres", "redis", "api", "https-endpoint")) {
      assertThat(metric(report, service, "ready_ms")).as(service).isPositive();
    }
    // nothing the services started is left running
    assertThat(ProcessHandle.allProcesses().map(h -> h.info().commandLine().orElse(""))
        .filter(c -> c.contains("core-module-pg.") || c.contains("s_server -quiet -accept")
            && c.contains("var/tls")).toList()).isEmpty();
  }

  @Test
  void withoutThePythonToolsItemsErrorWithTheMissingCommand(@TempDir Path empty)
      throws Exception {
    Path json = reports.resolve("bare.json");
    Outcome o = Preflight.run(Path.of("."), Map.of("NO_COLOR", "1"),
        "run", CHECKLIST.toString(), "--only", "final-tests", "--var", "python=no-such-python",
        "--report", "json=" + json);
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode item = null;
    for (JsonNode i : new ObjectMapper().readTree(json.toFile()).get("items")) {
      item = i.get("id").asText().equals("final-tests") ? i : item;
    }
    assertThat(item.get("status").asText()).isEqualTo("error");
    assertThat(item.at("/reasons/0").asText()).isEqualTo("command not found: no-such-python");
    assertThat(o.stdout()).contains("command not found: no-such-python");
  }

  /** Every reason is a latency over its threshold: {@code p95_ms = 612.3, expected < 500}. */
  private static boolean onlyTimings(JsonNode reasons) {
    for (JsonNode r : reasons) {
      if (!r.asText().matches("(p\\d+_ms|connect_ms|ping_ms|max_ms|mean_ms) = [0-9.]+, expected < .*")) {
        return false;
      }
    }
    return reasons.size() > 0;
  }

  @Test
  void notifyItemsAnnounceThroughTheConfiguredRobot() throws Exception {
    try (RecordingServer robot =
        RecordingServer.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}")) {
      Path json = reports.resolve("notify.json");
      Outcome o = Preflight.run(Path.of("."), Map.of("NO_COLOR", "1",
              "DINGTALK_WEBHOOK", robot.url("/robot/send?access_token=seed"),
              "DINGTALK_SECRET", "SECseedSigningKey", "GOLIVE_TIME", "2026-11-28 20:00 CST",
              "GOLIVE_WINDOW", "20:00-20:30"),
          "run", CHECKLIST.toString(), "--only", "notification-channels,team-notification",
          "--report", "json=" + json);
      assertThat(o.exitCode()).as(o.stdout()).isZero();
      assertThat(robot.requests()).hasSize(2); // the verdict is pass: nobody else is told
      String bodies = robot.requests().get(0).body() + robot.requests().get(1).body();
      assertThat(bodies).contains("上线时间 · Go-live time: 2026-11-28 20:00 CST")
          .contains("维护窗口 · Maintenance window: 20:00-20:30").contains("告警测试 · Test alert");
      assertThat(robot.requests()).allSatisfy(r -> assertThat(r.uri().getRawQuery())
          .contains("access_token=seed&timestamp=").contains("&sign="));
      assertThat(o.stdout()).doesNotContain("access_token=seed");
    }
  }

  /**
   * The go-live day's steps take the people the checklist names, the deployment two of them,
   * for this release; the 24-hour items expire after 24 hours. On a copy, so the repository
   * gets no records file.
   */
  @Test
  void goLiveStepsNeedTheirSignersAndTheDeploymentTwoOfThem(@TempDir Path copy)
      throws Exception {
    Files.copy(CHECKLIST, copy.resolve("seed.yaml"));
    Map<String, String> env = Map.of("GIT_CONFIG_GLOBAL", "/dev/null", "HOME", copy.toString());
    Outcome stranger = Preflight.run(copy, env, "signoff", "code-deployment", "-f", "seed.yaml",
        "--by", "mallory", "--release", "v2.4.0");
    assertThat(stranger.exitCode()).isEqualTo(2);
    assertThat(stranger.stderr())
        .contains("mallory may not sign off 'code-deployment': its signers are li.wei, zhang.min");
    for (String by : List.of("li.wei", "zhang.min")) {
      assertThat(Preflight.run(copy, env, "signoff", "code-deployment", "team-notification",
          "-f", "seed.yaml", "--by", by, "--release", "v2.4.0").exitCode()).isEqualTo(0);
    }
    Outcome run = Preflight.run(copy, env, "run", "seed.yaml", "--only",
        "code-deployment,team-notification", "--release", "v2.4.0");
    assertThat(run.exitCode()).as(run.stdout()).isEqualTo(0);
    assertThat(run.stdout()).contains("signed by li.wei", "signed by zhang.min")
        .containsPattern("valid until \\d{4}-\\d{2}-\\d{2} ");
    assertThat(Preflight.run(copy, env, "run", "seed.yaml", "--only", "code-deployment",
        "--release", "v2.4.1").exitCode()).as("another release").isEqualTo(3);
  }

  private static double metric(JsonNode report, String id, String name) {
    for (JsonNode item : report.get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item.at("/metrics/" + name).asDouble(Double.NaN);
      }
    }
    throw new AssertionError("no item " + id);
  }
}
