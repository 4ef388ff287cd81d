package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many small items at once, run after run: stopping one item's leftovers must never hit another
 * item, so every item passes every time.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StressIT {
  private static final int ITEMS = 500;
  private static final int RUNS = 5;

  @TempDir Path dir;

  @Test
  void fiveHundredItemsPrintingAFewKibAtEightJobsAllPassFiveTimesInARow() throws Exception {
    StringBuilder yaml = new StringBuilder("""
        version: 1
        name: Stress
        sections:
          - id: main
            title: Main
            items:
        """);
    for (int i = 1; i <= ITEMS; i++) {
      // about 4 KiB on stdout and the last line checked; every other item through a shell,
      // with a line on stderr as well
      String command = i % 2 == 0 ? "run: \"seq 1 1000; echo done >&2\"" : "args: [seq, 1, 1000]";
      yaml.append("      - {id: s").append(i).append(", title: s").append(i).append(", ")
          .append(command).append(", expect: \"stdout contains '1000'\"}\n");
    }
    Files.writeString(dir.resolve("preflight.yaml"), yaml, StandardCharsets.UTF_8);

    List<String> notPassed = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      Outcome o = Preflight.run(dir, "run", "-j", "8", "--no-input", "--report", "json=out.json");
      assertThat(o.exitCode()).as(o.stderr()).isIn(0, 1);
      JsonNode report = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
      for (JsonNode item : report.get("items")) {
        if (!item.get("status").asText().equals("pass")) {
          notPassed.add("run " + run + ": " + item.get("id").asText() + " "
              + item.get("status").asText() + " " + item.get("reasons"));
        }
      }
      assertThat(report.get("items")).hasSize(ITEMS);
      assertThat(notPassed).as("items that did not pass").isEmpty();
      assertThat(o.exitCode()).as(o.stderr()).isZero();
    }
  }
}
