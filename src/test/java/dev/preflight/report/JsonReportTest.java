package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.load.ReportReader;
import dev.preflight.model.Output;
import dev.preflight.model.RunResult;
import dev.preflight.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private final JsonReport report = new JsonReport();

  @Test
  void golden() {
    Golden.assertMatches("json/report.json", report.render(SampleRun.create()));
  }

  /** Jackson only reads the report back here, as an independent check that it is valid JSON. */
  @Test
  void goldenHostile() {
    Golden.assertMatches("json/hostile.json", report.render(HostileRun.create()));
  }

  /** preflight merge reads shard reports back: what they show must survive the trip. */
  @Test
  void aReportReadBackItemByItemIsTheSameReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    Files.writeString(file, report.render(SampleRun.create()));
    JsonNode original = new ObjectMapper().readTree(file.toFile());
    JsonNode again = new ObjectMapper().readTree(report.render(ReportReader.read(file,
        "report.json")));
    assertThat(again.get("items")).hasSize(original.get("items").size());
    for (int i = 0; i < original.get("items").size(); i++) {
      assertThat(again.get("items").get(i)).as(original.at("/items/" + i + "/id").asText())
          .isEqualTo(original.get("items").get(i));
    }
  }

  @Test
  void isValidJsonWithTheContractShape() throws Exception {
    JsonNode root = new ObjectMapper().readTree(report.render(SampleRun.create()));
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("schema", "tool", "checklist", "environment", "shard",
        "startedAt", "durationMs", "verdict", "exitCode", "counts", "items");
    assertThat(root.at("/tool/name").asText()).isEqualTo("preflight");
    assertThat(root.at("/environment/gitBranch").asText()).isEqualTo("release/2.4");
    List<String> counts = new ArrayList<>();
    root.get("counts").fieldNames().forEachRemaining(counts::add);
    assertThat(counts)
        .containsExactly("pass", "fail", "error", "blocked", "skipped", "pending", "waived");
    assertThat(root.get("items")).hasSize(14);
    JsonNode waived = root.get("items").get(7);
    assertThat(waived.get("waiver").get("until").asText()).isEqualTo("2026-12-01");
    assertThat(waived.get("waiver").get("expiresAt").asText()).isEqualTo("2026-12-02T00:00:00Z");
    assertThat(waived.get("reasons").get(0).asText()).isEqualTo("exit_code = 1, expected == 0");
    JsonNode signed = root.get("items").get(13).get("signoffs").get(0);
    assertThat(signed.get("by").asText()).isEqualTo("li.wei");
    assertThat(signed.get("at").asText()).isEqualTo("2026-11-27T16:30:00Z");
    assertThat(signed.get("expiresAt").asText()).isEqualTo("2026-11-28T16:30:00Z");
    assertThat(root.get("items").get(0).get("signoffs")).isEmpty();
    assertThat(root.get("items").get(0).get("waiver").isNull()).isTrue();
    JsonNode coverage = root.get("items").get(1);
    assertThat(coverage.get("metrics").get("coverage").asDouble()).isEqualTo(72.4);
    // the exact figure, where the reports a person reads show 97.22
    assertThat(coverage.at("/metrics/branch_coverage").asText()).isEqualTo("97.22222222222223");
    assertThat(coverage.get("metrics").get("lines_total").isIntegralNumber()).isTrue();
    assertThat(coverage.get("stdoutTail").asText()).doesNotContain("\u001b").endsWith("72%");
    assertThat(root.get("items").get(3).get("exitCode").isNull()).isTrue();
  }

  @Test
  void escapesEverythingJsonAndTerminalsCannotTake() {
    JsonWriter json = new JsonWriter().beginArray()
        .value("quote \" backslash \\ tab \t nl \n cr \r bell \u0007 del \u007f nul \u0000")
        .value("ls \u2028 ps \u2029 lone \ud800 low \udc00 pair \ud83d\ude80 中")
        .endArray();
    assertThat(json.toJson()).isEqualTo("""
        [
          "quote \\" backslash \\\\ tab \\t nl \\n cr \\r bell \\u0007 del \\u007f nul \\u0000",
          "ls \\u2028 ps \\u2029 lone \ufffd low \ufffd pair \ud83d\ude80 中"
        ]
        """);
  }

  @Test
  void emptyContainersStayOnOneLine() {
    assertThat(new JsonWriter().beginObject().name("a").beginArray().endArray()
        .name("b").beginObject().endObject().name("c").strings(List.of()).endObject().toJson())
        .isEqualTo("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": []\n}\n");
  }

  @Test
  void tailKeepsTheLastFiftyLinesAndFourKibWithoutSplittingCharacters() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 80; i++) {
      text.append("\u001b[32mline ").append(i).append("\u001b[0m\r\n");
    }
    String tail = OutputTail.of(new Output(text.toString(), text.length()));
    assertThat(tail.lines()).hasSize(50).first().isEqualTo("line 31");
    assertThat(tail).endsWith("line 80").doesNotContain("\r", "\u001b");

    String wide = "测".repeat(3000); // 9000 bytes on one line
    String cut = OutputTail.of(new Output(wide, wide.length() * 3L));
    assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(4095);
    assertThat(cut).matches("测+");
  }

  @Test
  void numbersKeepTheirToolFormat() {
    assertThat(MetricValue.format(42.0)).isEqualTo("42");
    assertThat(MetricValue.format(72.4)).isEqualTo("72.4");
    assertThat(MetricValue.format(-0.0)).isEqualTo("0");
    assertThat(MetricValue.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(MetricValue.format(1e20)).isEqualTo("100000000000000000000");
    assertThat(MetricValue.format(Double.NaN)).isNull();
  }

  @Test
  void unknownFieldsAreNullNotMissing() throws Exception {
    RunResult run = SampleRun.create();
    JsonNode blocked = new ObjectMapper().readTree(report.render(run)).get("items").get(4);
    assertThat(blocked.get("status").asText()).isEqualTo("blocked");
    assertThat(blocked.get("startedAt").isNull()).isTrue();
    assertThat(blocked.get("exitCode").isNull()).isTrue();
    assertThat(blocked.get("attempts").asInt()).isZero();
    assertThat(blocked.get("logFile").isNull()).isTrue();
  }
}
