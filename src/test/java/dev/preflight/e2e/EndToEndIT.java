package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar on fixture checklists: exit codes, reports and messages as a user sees them. */
class EndToEndIT {
  @TempDir Path dir;

  private Path fixture(String name) throws IOException {
    Path target = dir.resolve(name);
    Files.copy(Path.of("src/test/resources/e2e", name), target);
    return target;
  }

  private JsonNode json(String file) throws IOException {
    return new ObjectMapper().readTree(dir.resolve(file).toFile());
  }

  @Test
  void passingChecklistExitsZeroAndWritesTheJsonContract() throws Exception {
    fixture("pass.yaml");
    Outcome o = Preflight.run(dir, "run", "pass.yaml", "--report", "json=reports/run.json");
    assertThat(o.exitCode()).as(o.stderr()).isEqualTo(0);
    assertThat(o.stdout()).contains("Gate: PASSED");
    JsonNode report = json("reports/run.json");
    assertThat(report.get("schema").asText()).isEqualTo("preflight.report/v1");
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    assertThat(report.get("exitCode").asInt()).isEqualTo(0);
    assertThat(report.at("/checklist/file").asText()).isEqualTo("pass.yaml");
    assertThat(report.at("/counts/pass").asInt()).isEqualTo(2);
    assertThat(report.at("/counts/skipped").asInt()).isEqualTo(1);
    assertThat(report.get("items")).hasSize(3);
    JsonNode skipped = report.at("/items/2");
    assertThat(skipped.get("id").asText()).isEqualTo("skipped");
    assertThat(skipped.get("status").asText()).isEqualTo("skipped");
    assertThat(skipped.at("/reasons/0").asText()).isEqualTo("not on this machine");
    assertThat(report.at("/items/0/stdoutTail").asText()).isEqualTo("hello");
    assertThat(report.at("/items/0/exitCode").asInt()).isEqualTo(0);
  }

  @Test
  void blockingFailureExitsOneAndBlocksDependants() throws Exception {
    fixture("fail.yaml");
    Outcome o = Preflight.run(dir, "run", "fail.yaml", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(1);
    assertThat(o.stdout()).contains("exit code 3, expected 0").contains("│ broken")
        .contains("needs bad (fail)")
        .contains("Gate: FAILED — 1 blocking item failed, 1 blocked; 1 warning (exit 1)");
    JsonNode report = json("out.json");
    assertThat(report.get("verdict").asText()).isEqualTo("fail");
    assertThat(report.at("/items/1/status").asText()).isEqualTo("fail");
    assertThat(report.at("/items/1/exitCode").asInt()).isEqualTo(3);
    assertThat(report.at("/items/1/stderrTail").asText()).isEqualTo("broken");
    assertThat(report.at("/items/2/status").asText()).isEqualTo("blocked");
    assertThat(report.at("/items/3/severity").asText()).isEqualTo("warning");
  }

  @Test
  void invalidChecklistExitsTwoWithEveryProblemAndNoStackTrace() throws Exception {
    fixture("invalid.yaml");
    Outcome o = Preflight.run(dir, "run", "invalid.yaml", "--report", "json=out.json");
    assertThat(o.exitCode()).isEqualTo(2);
    assertThat(o.stderr())
        .contains("invalid.yaml:10:9")
        .contains("did you mean `timeout`")
        .contains("invalid.yaml:11:")
        .contains("invalid.yaml:14:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(o.stdout()).isEmpty();
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void pendingSignOffAloneExitsThree() throws Exception {
    fixture("pending.yaml");
    Outcome o = Preflight.run(dir, "run", "pending.yaml", "--report", "json=-");
    assertThat(o.exitCode()).isEqualTo(3);
    JsonNode report = new ObjectMapper().readTree(o.stdout());
    assertThat(report.get("verdict").asText()).isEqualTo("pending");
    assertThat(report.get("exitCode").asInt()).isEqualTo(3);
    assertThat(report.at("/items/1/status").asText()).isEqualTo("pending");
    assertThat(report.at("/items/1/kind").asText()).isEqualTo("manual");
    assertThat(o.stderr()).contains("manual: Post the go-live time in the release channel.")
        .contains("Gate: PENDING");
  }

  @Test
  void hostileInvocationsExitTwoWithOneLine() throws Exception {
    Files.createDirectories(dir.resolve("adir"));
    for (String[] args : new String[][] {
        {"run", "missing.yaml"}, {"validate", "adir"}, {"run"}, {"run", "--bogus"},
        {"list", "--jobs", "x"}}) {
      Outcome o = Preflight.run(dir, args);
      assertThat(o.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(o.stderr()).as(String.join(" ", args)).doesNotContain("\tat ");
    }
    assertThat(Preflight.run(dir, "run").stderr())
        .contains("no checklist found: looked for preflight.yaml and .preflight.yaml");
  }

  @Test
  void aMistypedCommandOrOptionIsNamedWithWhatWasMeant() throws Exception {
    Outcome command = Preflight.run(dir, "rum", "pass.yaml");
    assertThat(command.exitCode()).isEqualTo(2);
    assertThat(command.stderr()).isEqualTo("preflight: Unmatched arguments from index 0: 'rum',"
        + " 'pass.yaml'; did you mean 'run'? (see 'preflight --help')\n");
    Outcome option = Preflight.run(dir, "run", "pass.yaml", "--onyl", "lint");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.stderr()).isEqualTo("preflight: Unknown options: '--onyl', 'lint'; did you"
        + " mean '--only'? (see 'preflight run --help')\n");
    assertThat(Preflight.run(dir, "--help").stdout()).contains("run", "validate", "signoff",
        "merge", "completion");
  }

  @Test
  void badReportRequestsAreRefusedBeforeAnythingRuns() throws Exception {
    fixture("pass.yaml");
    Outcome o = Preflight.run(dir, "run", "pass.yaml", "--report", "xml=out.xml");
    assertThat(o.exitCode()).isEqualTo(2);
    assertThat(o.stderr()).contains("unknown report format 'xml'").contains("known: json");
    assertThat(o.stdout()).isEmpty();
  }

  @Test
  void versionAndHelp() throws Exception {
    assertThat(Preflight.run(dir, "--version").stdout()).matches("preflight \\d+\\.\\d+\\.\\d+.*\n");
    Outcome help = Preflight.run(dir, "run", "--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.stdout()).contains("Exit codes:").contains("130");
  }
}
