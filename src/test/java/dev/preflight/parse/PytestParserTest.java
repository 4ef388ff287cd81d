package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/pytest/, every metric asserted (expected.tsv). */
class PytestParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("pytest");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }

  private static Map<String, Double> parse(String stdout) throws ParseException {
    return new PytestParser().parse(List.of(new Source("stdout", stdout)), Map.of());
  }

  @Test
  void saysWhatItMissedAndWhere() {
    assertThatThrownBy(() -> parse("Traceback (most recent call last):\n  boom\n"))
        .isInstanceOf(ParseException.class)
        .hasMessage("no pytest summary found in stdout");
  }

  @Test
  void readsTheSummaryLineWithRules() throws ParseException {
    assertThat(parse("=== 3 passed, 1 warning in 0.05s ===\n"))
        .containsEntry("passed", 3.0).containsEntry("warnings", 1.0)
        .containsEntry("total", 3.0).containsEntry("test_seconds", 0.05);
  }

  @Test
  void countsInAnyOrderAndIgnoresPluginWords() throws ParseException {
    assertThat(parse("2 warnings, 1 xpassed, 3 passed, 2 rerun, 1 deselected, 1 error in 1.23s"))
        .containsEntry("warnings", 2.0).containsEntry("xpassed", 1.0)
        .containsEntry("passed", 3.0).containsEntry("deselected", 1.0)
        .containsEntry("errors", 1.0).containsEntry("total", 5.0);
  }

  @Test
  void readsLongSessionsAndOlderPytestWording() throws ParseException {
    assertThat(parse("==== 12 passed in 75.12s (0:01:15) ====\r\n"))
        .containsEntry("passed", 12.0).containsEntry("test_seconds", 75.12);
    assertThat(parse("=== 2 failed, 7 passed in 0.41 seconds ===")).containsEntry("failed", 2.0);
  }

  @Test
  void aShortSummaryLineIsNotTheSummary() {
    assertThatThrownBy(() -> parse("FAILED test_x.py::test_y - assert 1 passed in 2s"))
        .isInstanceOf(ParseException.class);
  }
}
