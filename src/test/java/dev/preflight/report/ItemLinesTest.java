package dev.preflight.report;

import static dev.preflight.report.Fixtures.item;
import static dev.preflight.report.Fixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Operator;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import dev.preflight.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metrics on an item line: those the conditions name, the one that decided the item first,
 * rounded for reading, and never a metric cut in half, at the width a CI log gets (100) and
 * narrower.
 */
class ItemLinesTest {

  private static RunResult run() {
    Item tests = pytest("unit-tests", "Unit tests");
    Item flaky = pytest("integration", "Integration tests");
    Item coverage = item("coverage", "Coverage above 99%").expect("coverage", Operator.GT, 99)
        .build();
    Item retried = item("smoke", "Smoke test, retried").expect("p95_ms", Operator.LT, 500)
        .expect("error_rate", Operator.LT, 1).build();
    Item longName = item("long", "A metric with a long name")
        .expect("requests_completed_without_any_error_at_all", Operator.GT, 0).build();
    List<ItemResult> results = List.of(
        result(tests, Status.PASS).ran(0, 2_800, 0).metric("passed", 16).metric("failed", 0)
            .metric("errors", 0).metric("skipped", 1).metric("deselected", 0)
            .metric("total", 17).metric("test_seconds", 2.41).build(),
        result(flaky, Status.FAIL).ran(0, 4_100, 1).metric("passed", 14).metric("failed", 0)
            .metric("errors", 2).metric("skipped", 1).metric("deselected", 0)
            .metric("total", 17).reason("errors = 2, expected == 0").build(),
        result(coverage, Status.PASS).ran(0, 3_700, 0).metric("coverage", 99.86595174262735)
            .build(),
        result(retried, Status.PASS).ran(0, 1_200, 0).attempts(2).metric("p95_ms", 182.456)
            .metric("error_rate", 0.0).build(),
        result(longName, Status.PASS).ran(0, 90, 0)
            .metric("requests_completed_without_any_error_at_all", 1000).build());
    Section section = new Section("quality", "Quality", null,
        List.of(tests, flaky, coverage, retried, longName), List.of());
    Checklist checklist = new Checklist("Metrics", null, Path.of("preflight.yaml"), Map.of(),
        List.of(), List.of(section));
    return new RunResult(checklist, Fixtures.T0, Duration.ofSeconds(12), results,
        new Verdict("fail", ExitCode.FAILED, "FAILED — 1 blocking item did not pass"),
        SampleRun.ENVIRONMENT);
  }

  /** A pytest item testing six figures, as teams write them. */
  private static Item pytest(String id, String title) {
    return item(id, title).expect("passed", Operator.GT, 0).expect("failed", Operator.EQ, 0)
        .expect("errors", Operator.EQ, 0).expect("skipped", Operator.LT, 5)
        .expect("deselected", Operator.EQ, 0).expect("total", Operator.GT, 10).build();
  }

  private static String render(int width) {
    return new TerminalReport(new PlainStyle(Glyphs.UNICODE), width).render(run());
  }

  @Test
  void withoutATerminal() {
    Golden.assertMatches("terminal/metrics-100.txt", render(TerminalReport.DEFAULT_WIDTH));
  }

  @Test
  void narrow() {
    Golden.assertMatches("terminal/metrics-72.txt", render(72));
  }

  @Test
  void theDecidingMetricComesFirst() {
    ItemResult failed = run().items().get(1);
    assertThat(ItemLines.metrics(failed)).startsWith("errors=2")
        .containsExactly("errors=2", "passed=14", "failed=0", "skipped=1", "deselected=0",
            "total=17");
  }

  @Test
  void noMetricIsEverCutAtAnyWidth() {
    RunResult run = run();
    for (int width = 40; width <= 160; width++) {
      String report = new TerminalReport(new PlainStyle(Glyphs.UNICODE), width).render(run);
      for (ItemResult r : run.items()) {
        List<String> whole = ItemLines.metrics(r);
        String line = report.lines()
            .filter(l -> l.contains(" " + r.item().title().substring(0, 8)))
            .findFirst().orElseThrow();
        String metrics = line.replaceFirst("^.*?\\d(?:ms|s|m\\d\\ds)  ", "");
        for (String shown : metrics.split("  ")) {
          if (!shown.equals("…")) {
            assertThat(whole).as("width %d: %s", width, line).contains(shown);
          }
        }
      }
    }
  }
}
