package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/tsc/, every metric asserted (expected.tsv). */
class TscParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("tsc");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
