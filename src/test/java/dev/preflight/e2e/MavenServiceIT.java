package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/maven-service's checklist, run for real on a copy with this repository's Maven
 * wrapper (plugins from Maven Central): Surefire's counts from Maven's console, JaCoCo's XML and
 * Checkstyle's XML, each item judged on its figures.
 */
class MavenServiceIT {
  @TempDir Path dir;

  @Test
  void gatePassesOnTestCountsCoverageAndCheckstyle() throws Exception {
    Path project = ExampleProjects.copy("maven-service", dir.resolve("project"));
    Path json = dir.resolve("report.json");
    String mvnw = Path.of("mvnw").toAbsolutePath().toString();
    Outcome o = Preflight.run(project, Map.of("NO_COLOR", "1"),
        "run", "--var", "mvn=" + mvnw, "--report", "json=" + json);
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(o.exitCode()).as(o.stdout()).isZero();
    JsonNode tests = ExampleProjects.item(report, "tests");
    assertThat(tests.get("status").asText()).isEqualTo("pass");
    assertThat(tests.at("/metrics/tests").asDouble()).isEqualTo(6);
    assertThat(tests.at("/metrics/passed").asDouble()).isEqualTo(6);
    assertThat(tests.at("/metrics/compile_errors").asDouble()).isZero();
    JsonNode coverage = ExampleProjects.item(report, "coverage");
    assertThat(coverage.get("status").asText()).as(o.stdout()).isEqualTo("pass");
    assertThat(coverage.at("/metrics/lines_total").asDouble()).isEqualTo(18);
    assertThat(coverage.at("/metrics/coverage").asDouble()).isEqualTo(100);
    JsonNode style = ExampleProjects.item(report, "style");
    assertThat(style.get("status").asText()).as(o.stdout()).isEqualTo("pass");
    assertThat(style.at("/metrics/issues").asDouble()).isZero();
    assertThat(o.stdout()).contains("passed=6");
  }
}
