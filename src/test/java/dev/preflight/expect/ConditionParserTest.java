package dev.preflight.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.preflight.model.Condition;
import dev.preflight.model.Operator;
import dev.preflight.model.Value;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionParserTest {

  private static Condition parse(String text) throws ConditionSyntaxException {
    return ConditionParser.parse(text);
  }

  @ParameterizedTest
  @CsvSource({
    "failed == 0, EQ",
    "failed != 0, NE",
    "failed < 1, LT",
    "failed <= 1, LE",
    "passed > 0, GT",
    "passed >= 1, GE",
  })
  void everyComparison(String text, Operator op) throws Exception {
    Condition c = parse(text);
    assertThat(c.operator()).isEqualTo(op);
    assertThat(c.subject()).isIn("failed", "passed");
    assertThat(c.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "stdout contains 'ready', CONTAINS",
    "stderr !contains 'WARN', NOT_CONTAINS",
    "output matches /ERROR/, MATCHES",
    "output !matches /ERROR/, NOT_MATCHES",
  })
  void everyTextOperator(String text, Operator op) throws Exception {
    assertThat(parse(text).operator()).isEqualTo(op);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"coverage>80", "coverage >80", "coverage> 80", "  coverage \t >  80  ", "coverage > 80"})
  void whitespaceIsOptionalAroundSymbols(String text) throws Exception {
    Condition c = parse(text);
    assertThat(c.subject()).isEqualTo("coverage");
    assertThat(c.operator()).isEqualTo(Operator.GT);
    assertThat(c.value()).isEqualTo(new Value.Number(80, false));
    assertThat(c.text()).isEqualTo(text.strip());
  }

  @Test
  void numbers() throws Exception {
    assertThat(parse("coverage >= 80%").value()).isEqualTo(new Value.Number(80, true));
    assertThat(parse("ratio < 0.5").value()).isEqualTo(new Value.Number(0.5, false));
    assertThat(parse("exit_code == -1").value()).isEqualTo(new Value.Number(-1, false));
    assertThat(parse("exit_code != +2").value()).isEqualTo(new Value.Number(2, false));
  }

  @ParameterizedTest
  @CsvSource({"500ms, 500", "30s, 30000", "5m, 300000", "1h30m, 5400000", "1.5s, 1500"})
  void durations(String value, long millis) throws Exception {
    assertThat(parse("duration < " + value).value())
        .isEqualTo(new Value.Span(Duration.ofMillis(millis)));
  }

  @Test
  void quotedStringsWithEscapes() throws Exception {
    assertThat(parse("stdout contains \"say \\\"hi\\\"\"").value())
        .isEqualTo(new Value.Text("say \"hi\""));
    assertThat(parse("stdout contains 'it\\'s'").value()).isEqualTo(new Value.Text("it's"));
    assertThat(parse("stdout contains 'a\\nb\\tc\\\\'").value())
        .isEqualTo(new Value.Text("a\nb\tc\\"));
    assertThat(parse("stdout contains 'has spaces and \"quotes\"'").value())
        .isEqualTo(new Value.Text("has spaces and \"quotes\""));
    assertThat(parse("stdout contains ''").value()).isEqualTo(new Value.Text(""));
  }

  @Test
  void regexes() throws Exception {
    Pattern p = regex(parse("output matches /a\\/b\\d+/"));
    assertThat(p.pattern()).isEqualTo("a/b\\d+");
    assertThat(p.flags() & Pattern.MULTILINE).isNotZero();
    assertThat(regex(parse("output matches /error/i")).matcher("ERROR").find()).isTrue();
    assertThat(regex(parse("output matches /a.b/s")).matcher("a\nb").find()).isTrue();
    assertThat(regex(parse("stdout matches \"^ok \\d+$\"")).pattern()).isEqualTo("^ok \\d+$");
  }

  private static Pattern regex(Condition c) {
    return ((Value.Regex) c.value()).pattern();
  }

  @Test
  void subjectsMayBeAnyMetricName() throws Exception {
    assertThat(parse("vulnerable_packages == 0").subject()).isEqualTo("vulnerable_packages");
    assertThat(parse("_x2 == 0").subject()).isEqualTo("_x2");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                          | 0  | empty condition | write SUBJECT OP VALUE, e.g. exit_code == 0",
        "'   '                       | 0  | empty condition | write SUBJECT OP VALUE, e.g. exit_code == 0",
        "coverage = 80               | 9  | unknown operator '=' | did you mean `==`?",
        "coverage => 80              | 9  | unknown operator '=>' | did you mean `>=`?",
        "coverage =< 80              | 9  | unknown operator '=<' | did you mean `<=`?",
        "coverage <> 80              | 9  | unknown operator '<>' | did you mean `!=`?",
        "stdout =~ /x/               | 7  | unknown operator '=~' | did you mean `matches`?",
        "stdout contain 'x'          | 7  | unknown operator 'contain' | did you mean `contains`?",
        "stdout !contain 'x'         | 7  | unknown operator '!contain' | did you mean `!contains`?",
        "stdout frobs 'x'            | 7  | unknown operator 'frobs' | use one of == != < <= > >= contains !contains matches !matches",
        "coverage                    | 8  | missing operator after 'coverage' | use one of == != < <= > >= contains !contains matches !matches",
        "coverage 80                 | 9  | missing operator between 'coverage' and '80' | e.g. coverage == 80",
        "coverage >                  | 10 | missing value after '>' | e.g. coverage > 80",
        "stdout contains             | 15 | missing value after 'contains' | e.g. stdout contains \"ready\"",
        "duration <                  | 10 | missing value after '<' | e.g. duration < 2s",
        "Coverage > 80               | 0  | 'Coverage' is not a valid subject | did you mean `coverage`?",
        "exit-code == 0              | 0  | 'exit-code' is not a valid subject | did you mean `exit_code`?",
        "80 < coverage               | 0  | expected a subject such as exit_code or coverage, found '80' | write SUBJECT OP VALUE, e.g. coverage > 80",
        "\"x\" == 1                  | 0  | expected a subject such as exit_code or coverage | write SUBJECT OP VALUE",
        "coverage > 80 and x > 1     | 14 | unexpected 'and x > 1' after the value | one condition per entry; list several as expect: [a, b]",
        "coverage > eighty           | 11 | 'eighty' is not a number, duration, quoted string or /regex/ | quote text: \"eighty\"",
        "stdout contains ready       | 16 | 'ready' is not a number, duration, quoted string or /regex/ | quote text: \"ready\"",
        "stdout contains \"ready     | 16 | unterminated string | close it with \"",
        "output matches /ready       | 15 | unterminated /regex/ | end it with /",
        "output matches /a/x         | 18 | unknown regex flag 'x' | flags are i (ignore case) and s (dot all)",
        "duration < 30               | 11 | duration needs a duration, not a number (30) | write 500ms or 2s",
        "duration < 2x               | 11 | '2x' is not a duration | write a duration like 500ms, 30s, 5m or 1h30m",
        "timeout_s < 30m1h           | 12 | units in '30m1h' are out of order or repeated | write e.g. 1h30m or 2m30s",
        "coverage contains 'x'       | 9  | 'contains' needs a text subject, not 'coverage' | use stdout, stderr or output; compare numbers with == != < <= > >=",
        "exit_code matches /1/       | 10 | 'matches' needs a text subject, not 'exit_code' | use stdout, stderr or output; compare numbers with == != < <= > >=",
        "stdout == 'ok'              | 7  | stdout is text; '==' compares numbers | use contains, !contains, matches or !matches",
        "output > 3                  | 7  | output is text; '>' compares numbers | use contains, !contains, matches or !matches",
        "stdout contains 80          | 16 | 'contains' takes a quoted string or /regex/, not a number (80) | quote it: \"…\"",
        "stdout contains /x/         | 16 | 'contains' takes a quoted string, not a /regex/ | use matches for a regex",
        "stdout !contains /x/        | 17 | '!contains' takes a quoted string, not a /regex/ | use !matches for a regex",
        "coverage > '80'             | 11 | coverage is a number; expected a number, not a string | remove the quotes: 80",
        "coverage > 'high'           | 11 | coverage is a number; expected a number, not a string | e.g. coverage > 80",
        "coverage > 5m               | 11 | coverage is a number; expected a number, not a duration (5m) | e.g. coverage > 80",
        "coverage > /x/              | 11 | coverage is a number; expected a number, not a regex | e.g. coverage > 80",
        "exit_code == 1.5            | 13 | exit_code is a whole number, not a number (1.5) | e.g. exit_code == 0",
        "exit_code == 0%             | 13 | exit_code is a whole number, not a number (0%) | e.g. exit_code == 0",
      })
  void rejectsWithOffsetAndHint(String text, int offset, String message, String hint) {
    ConditionSyntaxException e =
        catchThrowableOfType(ConditionSyntaxException.class, () -> parse(text));
    assertThat(e).as("no exception for %s", text).isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.hint()).isEqualTo(hint);
  }

  @Test
  void badRegexPointsIntoThePattern() {
    ConditionSyntaxException e =
        catchThrowableOfType(ConditionSyntaxException.class, () -> parse("output matches /ab(c/"));
    assertThat(e.getMessage()).isEqualTo("bad regex: Unclosed group");
    assertThat(e.offset()).isBetween(16, 20);

    e = catchThrowableOfType(ConditionSyntaxException.class, () -> parse("output matches /a*+*/"));
    assertThat(e.getMessage()).startsWith("bad regex: Dangling meta character '*'");
    assertThat(e.offset()).isEqualTo(19);

    e = catchThrowableOfType(ConditionSyntaxException.class, () -> parse("stdout !matches \"[z-a]\""));
    assertThat(e.getMessage()).startsWith("bad regex: Illegal character range");
    assertThat(e.offset()).isBetween(17, 21);
  }
}
