package dev.preflight.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Condition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user writes as a condition, the parser either returns one or throws its own
 * {@link ConditionSyntaxException}, pointing inside the text, with a message: never another
 * exception, which would surface as an internal error instead of a diagnostic.
 */
class ConditionParserProperties {
  private static final List<String> SUBJECTS = List.of("exit_code", "failed", "passed",
      "coverage", "duration", "stdout", "stderr", "output", "issues", "high", "x", "Failed",
      "1abc", "_", "test_seconds", "errors");
  private static final List<String> OPERATORS = List.of("==", "!=", "<", "<=", ">", ">=",
      "contains", "!contains", "matches", "!matches", "=", "===", "=>", "<>", "=~", "!~", "eq",
      "is", "not", "like", "!", "<<", ">>=", "~");
  private static final List<String> VALUES = List.of("0", "-1", "1.5", "80%", "1e309", "NaN",
      "2s", "1m30s", "500ms", "-3h", "\"ready\"", "'ready'", "\"unterminated", "'it''s'",
      "/ERROR/i", "/[unclosed/", "/a/xyz", "//", "true", "null", "\"\\u12\"", "1_000", "0x1F",
      "99999999999999999999999", "\"\"", "ready", "", "/", "\"é ✓\"", "1 2");

  @Property(tries = 3000)
  void fromTokensAConditionOrADiagnosticPointingIntoTheText(
      @ForAll("tokenConditions") String text) {
    check(text);
  }

  @Property(tries = 3000)
  void fromAnyTextAConditionOrADiagnosticPointingIntoTheText(@ForAll("anyText") String text) {
    check(text);
  }

  @Property(tries = 1000)
  void wellFormedComparisonsParseToWhatWasWritten(
      @ForAll("subjects") String subject, @ForAll("comparisons") String op,
      @ForAll("numbers") String number) throws Exception {
    Condition c = ConditionParser.parse(subject + " " + op + " " + number);
    assertThat(c.subject()).isEqualTo(subject);
    assertThat(c.operator().symbol()).isEqualTo(op);
  }

  private static void check(String text) {
    try {
      Condition c = ConditionParser.parse(text);
      assertThat(c.text()).isEqualTo(text.strip());
    } catch (ConditionSyntaxException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
      assertThat(e.offset()).isBetween(0, text.length());
    }
  }

  @Provide
  Arbitrary<String> tokenConditions() {
    Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(SUBJECTS), Arbitraries.of(OPERATORS),
        Arbitraries.of(VALUES));
    Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t");
    return Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(Arbitraries.of(SUBJECTS), space,
            Arbitraries.of(OPERATORS), space, Arbitraries.of(VALUES))
            .as((s, a, o, b, v) -> s + a + o + b + v),
        token.list().ofMaxSize(6).map(l -> String.join(" ", l)));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().withChars("abcxyz_019 =!<>~\"'/\\%.-sm\t\n").ofMaxLength(30)
        .injectDuplicates(0.01)
        .edgeCases(e -> e.add("")).map(s -> s);
  }

  @Provide
  Arbitrary<String> subjects() {
    return Arbitraries.of("exit_code", "failed", "passed", "coverage", "issues", "errors");
  }

  @Provide
  Arbitrary<String> comparisons() {
    return Arbitraries.of("==", "!=", "<", "<=", ">", ">=");
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.integers().between(0, 1_000_000).map(String::valueOf);
  }
}
