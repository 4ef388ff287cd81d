package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --shard I/N} and {@code merge} with the jar: the shards make up the whole run. */
class ShardMergeIT {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void mergedShardsEqualOneUnshardedRunForOneToFiveShards() throws Exception {
    Files.copy(Path.of("src/test/resources/shards/gate.yaml"), dir.resolve("gate.yaml"));
    Outcome whole = Preflight.run(dir, "run", "gate.yaml", "--report", "json=whole.json");
    assertThat(whole.exitCode()).as(whole.stderr()).isEqualTo(1);
    JsonNode expected = json.readTree(dir.resolve("whole.json").toFile());

    for (int n = 1; n <= 5; n++) {
      List<String> mergeArgs = new ArrayList<>(List.of("merge"));
      Map<String, Integer> ranIn = new HashMap<>();
      for (int i = 1; i <= n; i++) {
        String report = "shard-" + i + "-of-" + n + ".json";
        Outcome shard = Preflight.run(dir, "run", "gate.yaml", "--shard", i + "/" + n,
            "--report", "json=" + report);
        assertThat(shard.exitCode()).as(shard.stderr()).isIn(0, 1, 3);
        for (JsonNode item : json.readTree(dir.resolve(report).toFile()).get("items")) {
          String id = item.get("id").asText();
          boolean elsewhere = item.get("reasons").toString().contains("runs in shard");
          if (!elsewhere && !id.equals("announced") && !id.equals("not-here")) {
            assertThat(ranIn.put(item.get("id").asText(), i))
                .as("%s ran in two shards of %d", item.get("id"), n).isNull();
          }
        }
        mergeArgs.add(report);
      }
      assertThat(ranIn.keySet()).as("n=%d", n)
          .containsExactlyInAnyOrder("compile", "unit", "package", "lint", "types", "docs",
              "spelling", "flaky", "smoke", "approved");
      assertThat(ranIn.get("unit")).isEqualTo(ranIn.get("compile"));
      assertThat(ranIn.get("smoke")).isEqualTo(ranIn.get("package"));
      assertThat(ranIn.get("approved")).isEqualTo(ranIn.get("smoke"));
      assertThat(ranIn.get("docs")).isEqualTo(ranIn.get("types"));

      mergeArgs.addAll(List.of("--report", "json=merged-" + n + ".json",
          "--report", "junit=merged-" + n + ".xml", "--report", "markdown=merged-" + n + ".md",
          "--report", "html=merged-" + n + ".html"));
      Outcome merged = Preflight.run(dir, mergeArgs.toArray(String[]::new));
      assertThat(merged.exitCode()).as(merged.stderr()).isEqualTo(whole.exitCode());
      assertThat(merged.stdout()).contains("Gate: FAILED").contains("Go-live announced");
      JsonNode actual = json.readTree(dir.resolve("merged-" + n + ".json").toFile());
      assertThat(summary(actual)).as("n=%d", n).isEqualTo(summary(expected));
      assertThat(actual.get("shard").isNull()).isTrue();
      for (String format : List.of("xml", "md", "html")) {
        assertThat(dir.resolve("merged-" + n + "." + format)).isNotEmptyFile();
      }
    }
  }

  @Test
  void refusesAMissingShardAndReportsOfAnotherChecklistVersion() throws Exception {
    Files.copy(Path.of("src/test/resources/shards/gate.yaml"), dir.resolve("gate.yaml"));
    for (int i = 1; i <= 3; i++) {
      Preflight.run(dir, "run", "gate.yaml", "--shard", i + "/3", "--report",
          "json=s" + i + ".json");
    }
    Outcome missing = Preflight.run(dir, "merge", "s1.json", "s3.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).contains("missing the report of shard 2/3");
    assertThat(missing.stdout()).isEmpty();

    Outcome twice = Preflight.run(dir, "merge", "s1.json", "s1.json", "s2.json", "s3.json");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.stderr()).contains("shard 1/3 is given more than once");

    Files.writeString(dir.resolve("gate.yaml"),
        Files.readString(dir.resolve("gate.yaml")).replace("echo docs", "echo documentation"));
    Preflight.run(dir, "run", "gate.yaml", "--shard", "2/3", "--report", "json=s2.json");
    Outcome versions = Preflight.run(dir, "merge", "s1.json", "s2.json", "s3.json");
    assertThat(versions.exitCode()).isEqualTo(2);
    assertThat(versions.stderr())
        .contains("s2.json and s1.json come from different versions of the checklist");

    Files.writeString(dir.resolve("junk.json"), "{\"schema\": \"something else\"}");
    Outcome junk = Preflight.run(dir, "merge", "junk.json");
    assertThat(junk.exitCode()).isEqualTo(2);
    assertThat(junk.stderr()).contains("junk.json: not a preflight json report");

    Outcome badShard = Preflight.run(dir, "run", "gate.yaml", "--shard", "4/3");
    assertThat(badShard.exitCode()).isEqualTo(2);
    assertThat(badShard.stderr()).contains("--shard takes I/N with 1 <= I <= N");
  }

  /** What must not change when a run is split: per item status, counts, verdict, exit code. */
  private static Map<String, Object> summary(JsonNode report) {
    Map<String, Object> s = new LinkedHashMap<>();
    for (JsonNode item : report.get("items")) {
      s.put(item.get("id").asText(), item.get("status").asText() + " "
          + item.get("reasons").toString() + " " + item.get("section"));
    }
    s.put("counts", report.get("counts").toString());
    s.put("verdict", report.get("verdict").asText());
    s.put("exitCode", report.get("exitCode").asInt());
    s.put("checklist", report.get("checklist").toString());
    return s;
  }
}
