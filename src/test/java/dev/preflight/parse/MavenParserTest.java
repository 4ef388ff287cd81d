package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/maven/, every metric asserted (expected.tsv). */
class MavenParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("maven");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
