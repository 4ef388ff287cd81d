package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/node-service's checklist, run for real on a copy: npm ci from the npm registry with
 * the lockfile, jest (whose summary is on stderr), Istanbul coverage, ESLint, and npm audit,
 * whose advisory service is not reachable from CI: that item is an error (severity warning),
 * never zero findings. Then a broken test fails the example's tests item, with the count read
 * from jest's stderr in the reason.
 */
class NodeServiceIT {
  @TempDir Path dir;

  @Test
  void gatePassesAndABrokenTestFailsIt() throws Exception {
    assumeTrue(ExampleProjects.onPath("npm"), "node and npm are not installed");
    Path project = ExampleProjects.copy("node-service", dir.resolve("project"));
    Path json = dir.resolve("report.json");
    Outcome o = Preflight.run(project, Map.of("NO_COLOR", "1"),
        "run", "--report", "json=" + json);
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(o.exitCode()).as(o.stdout()).isZero();
    for (String id : new String[] {"install", "tests", "coverage", "lint"}) {
      assertThat(ExampleProjects.item(report, id).get("status").asText()).as(id + "\n" + o.stdout())
          .isEqualTo("pass");
    }
    JsonNode tests = ExampleProjects.item(report, "tests");
    assertThat(tests.at("/metrics/passed").asDouble()).isEqualTo(8);
    assertThat(tests.at("/metrics/suites").asDouble()).isEqualTo(2);
    assertThat(ExampleProjects.item(report, "coverage").at("/metrics/coverage").asDouble())
        .isCloseTo(100.0 * 16 / 17, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(ExampleProjects.item(report, "lint").at("/metrics/issues").asDouble()).isZero();
    JsonNode audit = ExampleProjects.item(report, "audit");
    if (!audit.get("status").asText().equals("pass")) { // the advisory service is unreachable
      assertThat(audit.get("status").asText()).isEqualTo("error");
      assertThat(ExampleProjects.reasons(audit)).anyMatch(r -> r.startsWith("npm audit did not audit"));
      assertThat(audit.get("metrics").size()).isZero();
    }

    Path test = project.resolve("test/greeting.test.js");
    Files.writeString(test, Files.readString(test, StandardCharsets.UTF_8)
        .replace("toBe('Hello, Ada!'));\ntest('greets in French'", "toBe('Hi, Ada!'));\ntest('greets in French'"),
        StandardCharsets.UTF_8);
    // the example's own tests item, alone (with --only it would reinstall its needs first)
    Files.writeString(project.resolve("tests-only.yaml"), """
        version: 1
        name: Tests only
        sections:
          - id: quality
            title: Code quality
            items:
              - id: tests
                title: jest tests pass
                run: npx jest
                parse: jest
                expect: [failed == 0, errors == 0, passed >= 8]
        """, StandardCharsets.UTF_8);
    Path failing = dir.resolve("failing.json");
    Outcome f = Preflight.run(project, Map.of("NO_COLOR", "1"),
        "run", "tests-only.yaml", "--report", "json=" + failing);
    assertThat(f.exitCode()).as(f.stdout()).isEqualTo(1);
    JsonNode failed = ExampleProjects.item(new ObjectMapper().readTree(failing.toFile()), "tests");
    assertThat(failed.get("status").asText()).isEqualTo("fail");
    assertThat(ExampleProjects.reasons(failed)).contains("failed = 1, expected == 0");
    assertThat(f.stdout()).contains("failed=1");
  }
}
