package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/regex/, every metric asserted (expected.tsv). */
class RegexParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("regex");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }

  @Test
  void theLastMatchWins() throws ParseException {
    String log = "p99=120ms\np99=95ms\n";
    assertThat(new RegexParser().parse(List.of(new Source("stdout", log)),
            Map.of("pattern", "p99=(?<p99_ms>\\d+)ms")))
        .containsExactlyEntriesOf(Map.of("p99_ms", 95.0));
  }

  @Test
  void lookbehindIsNotMistakenForAGroupName() throws ParseException {
    assertThat(new RegexParser().parse(List.of(new Source("stdout", "cov 81%")),
            Map.of("pattern", "(?<=cov )(?<coverage>\\d+)%")))
        .containsExactlyEntriesOf(Map.of("coverage", 81.0));
  }
}
