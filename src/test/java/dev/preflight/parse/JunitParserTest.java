package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture in src/test/resources/parsers/junit/, every metric asserted (expected.tsv). */
class JunitParserTest {
  static Stream<FixtureCase> fixtures() {
    return FixtureCase.load("junit");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsFixture(FixtureCase fixture) throws ParseException {
    fixture.check();
  }

  @Test
  void malformedXmlNamesTheFile() {
    List<Source> sources = List.of(new Source("reports/TEST-x.xml", "<testsuite tests=\"1\">"));
    assertThatThrownBy(() -> new JunitParser().parse(sources, Map.of()))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("reports/TEST-x.xml is not well-formed XML: ");
  }

  @Test
  void aCountThatIsNotANumberIsAnError() {
    List<Source> sources = List.of(new Source("r.xml", "<testsuite tests=\"many\"/>"));
    assertThatThrownBy(() -> new JunitParser().parse(sources, Map.of()))
        .hasMessage("r.xml: tests=\"many\" is not a number");
  }
}
