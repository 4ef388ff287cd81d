package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/npm-audit/, every metric asserted (expected.tsv). */
class NpmAuditParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("npm-audit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
