package dev.preflight.parse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/node-test/, every metric asserted (expected.tsv). */
class NodeTestParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("node-test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }
}
