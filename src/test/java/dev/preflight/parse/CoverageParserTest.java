package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/coverage/, every metric asserted (expected.tsv). */
class CoverageParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("coverage");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }

  @Test
  void namesEveryStreamItLookedIn() {
    List<Source> sources = List.of(new Source("stdout", "No data to report."), new Source("stderr", ""));
    assertThatThrownBy(() -> new CoverageParser().parse(sources, Map.of()))
        .hasMessage("no coverage total found in stdout, stderr");
  }

  @Test
  void pytestCovTotalAloneGivesTheFigure() throws ParseException {
    // --cov-report= (no table) with --cov-fail-under still prints the two-decimal total
    String out = "FAIL Required test coverage of 90% not reached. Total coverage: 79.63%\n";
    assertThat(new CoverageParser().parse(List.of(new Source("stdout", out)), Map.of()))
        .containsExactlyEntriesOf(Map.of("coverage", 79.63));
  }

  @Test
  void anEmptyProjectIsFullyCoveredAsCoveragePySaysSo() throws ParseException {
    String out = "Name    Stmts   Miss  Cover\n---\nTOTAL       0      0   100%\n";
    assertThat(new CoverageParser().parse(List.of(new Source("stdout", out)), Map.of()))
        .containsEntry("coverage", 100.0);
  }
}
