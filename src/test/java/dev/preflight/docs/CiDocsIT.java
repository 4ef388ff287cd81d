package dev.preflight.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.preflight.testing.Preflight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI set-ups in docs/ci.md are valid YAML of the right shape, and the commands they contain,
 * run as the matrix would run them, give the verdict of one unsharded run.
 */
class CiDocsIT {
  private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");
  private final YAMLMapper yaml = new YAMLMapper();
  @TempDir Path dir;

  private JsonNode block(String startsWith) throws IOException {
    Matcher m = YAML_BLOCK.matcher(Files.readString(Path.of("docs/ci.md")));
    while (m.find()) {
      if (m.group(1).startsWith(startsWith)) {
        return yaml.readTree(m.group(1));
      }
    }
    throw new AssertionError("no yaml block starting with " + startsWith + " in docs/ci.md");
  }

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(dir.resolve("checklists"));
    Files.copy(Path.of("src/test/resources/shards/gate.yaml"),
        dir.resolve("checklists/release.yaml"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path preflight = bin.resolve("preflight");
    Files.writeString(preflight, "#!/bin/sh\nexec '" + ProcessHandle.current().info().command()
        .orElse("java") + "' -jar '" + Preflight.jar() + "' \"$@\"\n");
    Files.setPosixFilePermissions(preflight, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private int sh(String command, String... env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    for (int i = 0; i < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return p.exitValue();
  }

  private int unsharded() throws Exception {
    return sh("preflight run checklists/release.yaml --no-input");
  }

  @Test
  void githubActionsMatrixRunsEveryShardAndMergesThem() throws Exception {
    JsonNode workflow = block("name: release-gate");
    JsonNode gate = workflow.at("/jobs/gate");
    List<Integer> shards = new ArrayList<>();
    gate.at("/strategy/matrix/shard").forEach(n -> shards.add(n.asInt()));
    assertThat(shards).containsExactly(1, 2, 3, 4);
    assertThat(gate.at("/strategy/fail-fast").asBoolean(true)).isFalse();
    JsonNode verdict = workflow.at("/jobs/verdict");
    assertThat(verdict.get("needs").asText()).isEqualTo("gate");
    assertThat(verdict.get("if").asText()).isEqualTo("always()");

    String run = step(gate, "preflight run");
    assertThat(run).contains("--shard ${{ matrix.shard }}/" + shards.size());
    for (int shard : shards) {
      int code = sh(run.replace("${{ matrix.shard }}", String.valueOf(shard)));
      assertThat(code).isIn(0, 1, 3);
      assertThat(dir.resolve("shard-" + shard + ".json")).isNotEmptyFile();
    }
    assertThat(sh(step(verdict, "preflight merge"))).isEqualTo(unsharded()).isEqualTo(1);
    assertThat(dir.resolve("gate.xml")).isNotEmptyFile();
    assertThat(dir.resolve("gate.html")).isNotEmptyFile();
  }

  @Test
  void gitlabParallelRunsEveryNodeAndMergesThem() throws Exception {
    JsonNode pipeline = block("stages:");
    int parallel = pipeline.at("/gate/parallel").asInt();
    assertThat(parallel).isEqualTo(4);
    assertThat(pipeline.at("/verdict/needs/0").asText()).isEqualTo("gate");
    String run = pipeline.at("/gate/script/0").asText();
    for (int node = 1; node <= parallel; node++) {
      assertThat(sh(run, "CI_NODE_INDEX", String.valueOf(node), "CI_NODE_TOTAL",
          String.valueOf(parallel))).isIn(0, 1, 3);
    }
    assertThat(sh(pipeline.at("/verdict/script/0").asText())).isEqualTo(unsharded());
    assertThat(Files.readString(dir.resolve("gate.xml"), StandardCharsets.UTF_8))
        .contains("<testsuites");
  }

  private static String step(JsonNode job, String startsWith) {
    for (JsonNode step : job.get("steps")) {
      if (step.path("run").asText().startsWith(startsWith)) {
        return step.get("run").asText();
      }
    }
    throw new AssertionError("no step running " + startsWith);
  }
}
