package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed checklist, run for real against examples/core-module with Debian's Python tools
 * (.ci/run installs them): every automated item passes, every manual item waits for sign-off,
 * and the gate says exactly that (exit 3).
 */
class SeedChecklistIT {
  private static final Path CHECKLIST = Path.of("checklists/core-module-deployment.yaml");

  @TempDir Path reports;

  @Test
  void automatedItemsPassAndManualOnesArePending() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "Debian's python3 is missing");
    Path json = reports.resolve("seed.json");
    Outcome o = Preflight.run(Path.of("."), Map.of("NO_COLOR", "1"),
        "run", CHECKLIST.toString(), "--report", "json=" + json);
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    List<String> notAsExpected = new ArrayList<>();
    int automated = 0;
    int manual = 0;
    for (JsonNode item : report.get("items")) {
      String kind = item.get("kind").asText();
      String status = item.get("status").asText();
      String expected = kind.equals("manual") ? "pending" : "pass";
      if (kind.equals("manual")) {
        manual++;
      } else {
        automated++;
      }
      if (!status.equals(expected)) {
        notAsExpected.add(item.get("id").asText() + "=" + status + " " + item.get("reasons"));
      }
    }
    assertThat(notAsExpected).as(o.stdout()).isEmpty();
    assertThat(automated).isEqualTo(40);
    assertThat(manual).isEqualTo(97);
    assertThat(o.exitCode()).isEqualTo(3);
    assertThat(report.get("verdict").asText()).isEqualTo("pending");

    // the figures the seed's thresholds are about, read from the tools' own output
    assertThat(metric(report, "core-coverage", "coverage")).isGreaterThan(80);
    assertThat(metric(report, "final-tests", "passed")).isPositive();
    assertThat(metric(report, "final-tests", "failed")).isZero();
    assertThat(metric(report, "security-check", "high")).isZero();
    assertThat(metric(report, "type-check", "errors")).isZero();
    assertThat(metric(report, "lint", "issues")).isZero();
    assertThat(metric(report, "dependency-scan", "vulnerabilities")).isZero();
  }

  @Test
  void withoutThePythonToolsItemsErrorWithTheMissingCommand(@TempDir Path empty)
      throws Exception {
    Path json = reports.resolve("bare.json");
    Outcome o = Preflight.run(Path.of("."), Map.of("NO_COLOR", "1"),
        "run", CHECKLIST.toString(), "--only", "final-tests", "--var", "python=no-such-python",
        "--report", "json=" + json);
    assertThat(o.exitCode()).isEqualTo(1);
    JsonNode item = new ObjectMapper().readTree(json.toFile()).get("items").get(0);
    assertThat(item.get("status").asText()).isEqualTo("error");
    assertThat(item.at("/reasons/0").asText()).isEqualTo("command not found: no-such-python");
    assertThat(o.stdout()).contains("command not found: no-such-python");
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
