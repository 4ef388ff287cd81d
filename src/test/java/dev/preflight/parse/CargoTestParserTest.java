package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/cargo-test/, every metric asserted (expected.tsv). */
class CargoTestParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("cargo-test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
