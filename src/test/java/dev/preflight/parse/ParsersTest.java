package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParsersTest {
  @Test
  void registersEverySpecParserByName() {
    assertThat(Parsers.names())
        .containsExactly(
            "bandit", "cargo-test", "checkstyle", "clippy", "coverage", "eslint", "flake8",
            "go-test", "go-vet", "gradle", "jest", "json", "junit", "maven", "mypy", "node-test",
            "npm-audit", "pip-audit", "pylint", "pytest", "regex", "ruff", "shellcheck",
            "spotbugs", "tsc");
    for (String name : Parsers.names()) {
      assertThat(Parsers.byName(name)).get().extracting(Parser::name).isEqualTo(name);
    }
  }

  @Test
  void everyToolParserNamesItsMetricsBeforeItRuns() {
    for (String name : Parsers.names()) {
      if (!name.equals("regex") && !name.equals("json")) {
        assertThat(Parsers.byName(name).orElseThrow().metricNames(Map.of())).as(name).isNotEmpty();
      }
    }
  }

  @Test
  void genericParsersTakeTheirMetricNamesFromTheirSettings() {
    assertThat(parser("regex").metricNames(
        Map.of("pattern", "p95=(?<p95_ms>\\d+) (?P<rps>\\d+) (?:x) \\(?<no>")))
        .containsExactly("p95_ms", "rps");
    assertThat(parser("json").metricNames(
        Map.of("metrics.total", "/total", "metrics.bad", "/bad", "pattern", "x")))
        .containsExactlyInAnyOrder("total", "bad");
    assertThat(parser("regex").metricNames(Map.of())).isEmpty();
  }

  /** The table in docs/parsers.md: what each tool exits with when it ran and reported. */
  @Test
  void ranExitCodesPerTool() {
    for (String name : new String[] {"flake8", "ruff", "mypy", "bandit", "shellcheck",
        "pip-audit"}) {
      assertThat(parser(name).ranExitCodes()).as(name).containsExactlyInAnyOrder(0, 1);
    }
    for (String name : new String[] {"pytest", "junit", "coverage", "regex", "json"}) {
      assertThat(parser(name).ranExitCodes()).as(name).containsExactly(0);
    }
    // pylint: a bit mask; 1 (fatal) and 32 (usage error) mean it did not run to the end
    Set<Integer> pylint = parser("pylint").ranExitCodes();
    assertThat(pylint).hasSize(16).contains(0, 2, 4, 8, 16, 28, 30).doesNotContain(1, 3, 32, 33);
  }

  @Test
  void toolsSayWhereTheyPutTheirResults() {
    assertThat(parser("pytest").defaultSources()).isEqualTo(DefaultSources.STDOUT);
    assertThat(parser("pip-audit").defaultSources()).isEqualTo(DefaultSources.OUTPUT);
    DefaultSources coverage = parser("coverage").defaultSources();
    assertThat(coverage.stream()).isEqualTo("stdout");
    for (String line : new String[] {"Coverage XML written to file coverage.xml",
        "Coverage JSON written to file out/cov.json", "Wrote XML report to coverage.xml",
        "Wrote JSON report to c.json"}) {
      var m = coverage.reportNamedBy().matcher("....\n" + line + "\n\n1 passed in 0.1s\n");
      assertThat(m.find()).as(line).isTrue();
      assertThat(m.group("file")).isEqualTo(line.substring(line.lastIndexOf(' ') + 1));
    }
    assertThat(coverage.reportNamedBy().matcher("Coverage HTML written to dir htmlcov").find())
        .isFalse();
  }

  private static Parser parser(String name) {
    return Parsers.byName(name).orElseThrow();
  }

  @Test
  void unknownNameIsEmpty() {
    assertThat(Parsers.byName("pytset")).isEmpty();
  }

  @Test
  void registryCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> Parsers.names().remove("pytest"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
