package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/eslint/, every metric asserted (expected.tsv). */
class EslintParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("eslint");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
