package dev.preflight.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Condition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

  private static Evidence evidence(int exitCode, String stdout, String stderr) {
    return new Evidence(
        exitCode, stdout, stderr, Duration.ofMillis(1234),
        Map.of("coverage", 72.4, "failed", 0.0, "passed", 42.0), "pytest");
  }

  private static Evidence ok() {
    return evidence(0, "server ready\nall good\n", "WARN: slow disk\n");
  }

  private static Judgement judge(Evidence e, String... conditions) throws Exception {
    List<Condition> parsed = new ArrayList<>();
    for (String c : conditions) {
      parsed.add(ConditionParser.parse(c));
    }
    return Expectations.judge(parsed, e);
  }

  @Test
  void exitCodeZeroIsImplied() throws Exception {
    assertThat(judge(ok())).isEqualTo(new Judgement(List.of(), List.of()));
    assertThat(judge(evidence(1, "", "")).failures()).containsExactly("exit code 1, expected 0");
  }

  @Test
  void impliedExitCodeComesFirst() throws Exception {
    assertThat(judge(evidence(2, "", ""), "coverage > 80").failures())
        .containsExactly("exit code 2, expected 0", "coverage = 72.4, expected > 80");
  }

  @Test
  void namingExitCodeReplacesTheImpliedCheck() throws Exception {
    assertThat(judge(evidence(1, "", ""), "exit_code == 1").failures()).isEmpty();
    assertThat(judge(evidence(1, "", ""), "exit_code <= 1").failures()).isEmpty();
    assertThat(judge(evidence(2, "", ""), "exit_code == 0").failures())
        .containsExactly("exit_code = 2, expected == 0");
  }

  @Test
  void comparisonsShowBothSides() throws Exception {
    Judgement j =
        judge(ok(), "coverage > 80", "coverage >= 80%", "passed < 10", "failed != 0",
            "passed == 41", "coverage <= 0.5");
    assertThat(j.failures())
        .containsExactly(
            "coverage = 72.4, expected > 80",
            "coverage = 72.4, expected >= 80%",
            "passed = 42, expected < 10",
            "failed = 0, expected != 0",
            "passed = 42, expected == 41",
            "coverage = 72.4, expected <= 0.5");
    assertThat(j.errors()).isEmpty();
  }

  @Test
  void comparisonsThatHold() throws Exception {
    assertThat(
            judge(ok(), "coverage > 72", "coverage >= 72.4", "coverage < 80%", "passed == 42",
                "failed <= 0", "failed != 1"))
        .isEqualTo(new Judgement(List.of(), List.of()));
  }

  @Test
  void durations() throws Exception {
    assertThat(judge(ok(), "duration < 2s").failures()).isEmpty();
    assertThat(judge(ok(), "duration < 1s").failures())
        .containsExactly("duration = 1.2s, expected < 1s");
    assertThat(judge(ok(), "duration >= 1500ms").failures())
        .containsExactly("duration = 1.2s, expected >= 1.5s");
  }

  @Test
  void textConditions() throws Exception {
    assertThat(
            judge(ok(), "stdout contains 'ready'", "stderr contains 'WARN'",
                "output contains 'WARN'", "stdout !contains 'WARN'", "stdout matches /^all/",
                "output !matches /ERROR/", "stdout matches 'READY'"))
        .isEqualTo(new Judgement(List.of("stdout does not match /READY/"), List.of()));
    assertThat(
            judge(ok(), "stdout contains \"started\"", "output !contains 'WARN'",
                "stderr matches /ERROR/i", "output !matches /ready$/"))
        .extracting(Judgement::failures)
        .isEqualTo(
            List.of(
                "stdout does not contain \"started\"",
                "output contains \"WARN\" but should not",
                "stderr does not match /ERROR/i",
                "output matches /ready$/ but should not"));
  }

  @Test
  void outputJoinsStreamsOnSeparateLines() throws Exception {
    Evidence e = evidence(0, "tail-of-stdout", "head-of-stderr");
    assertThat(judge(e, "output matches /^head-of-stderr/").failures()).isEmpty();
    assertThat(judge(e, "output !contains 'stdouthead'").failures()).isEmpty();
  }

  @Test
  void missingMetricIsAnErrorNamingTheParser() throws Exception {
    Judgement j = judge(ok(), "high == 0", "coverage > 50");
    assertThat(j.failures()).isEmpty();
    assertThat(j.errors()).containsExactly("no value for 'high' in pytest output");

    Evidence noParser = new Evidence(0, "", "", Duration.ZERO, Map.of(), null);
    assertThat(judge(noParser, "coverage > 80").errors())
        .containsExactly("no value for 'coverage': the item has no parse:");
  }

  @Test
  void nullStreamsCountAsEmpty() throws Exception {
    Evidence e = new Evidence(0, null, null, null, null, null);
    assertThat(judge(e, "stdout !contains 'x'").failures()).isEmpty();
    assertThat(judge(e, "duration < 1s").errors())
        .containsExactly("no duration was measured");
  }

  @Test
  void valuesShowAsWritten() throws Exception {
    assertThat(Values.show(ConditionParser.parse("stdout contains 'a\"b\\\\c'").value()))
        .isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Values.show(ConditionParser.parse("output matches /a\\/b/is").value()))
        .isEqualTo("/a\\/b/is");
  }

  @Test
  void impliedExitCodesOfATool() throws Exception {
    Evidence flake8 = new Evidence(1, "", "", Duration.ZERO, Map.of("issues", 2.0), "flake8",
        Set.of(0, 1), Map.of());
    assertThat(judge(flake8, "issues < 5").failures()).isEmpty();
    Evidence crashed = new Evidence(3, "", "", Duration.ZERO, Map.of("issues", 2.0), "flake8",
        Set.of(0, 1), Map.of());
    assertThat(judge(crashed, "issues < 5").failures())
        .containsExactly(
            "exit code 3, expected 0 or 1 (flake8's exit codes when it ran to the end)");
  }

  @Test
  void exitCodeSetsReadAsPeopleWriteThem() {
    assertThat(ExitCodes.show(Set.of(0))).isEqualTo("0");
    assertThat(ExitCodes.show(Set.of(1, 0))).isEqualTo("0 or 1");
    assertThat(ExitCodes.show(Set.of(0, 1, 5))).isEqualTo("0, 1 or 5");
    assertThat(ExitCodes.show(Set.of(0, 2, 4, 6, 8))).isEqualTo("0, 2, 4, …, 8");
    assertThat(ExitCodes.show(Set.of(0, 2, 4, 6, 9))).isEqualTo("0, 2, 4, 6 or 9");
  }

  @Test
  void figuresInReasonsAreRoundedOnlyAsFarAsTheReasonStaysTrue() throws Exception {
    Evidence e = new Evidence(0, "", "", Duration.ZERO,
        Map.of("coverage", 57.142857142857146, "close", 79.996, "above", 80.004), "coverage");
    assertThat(judge(e, "coverage > 80", "close > 80", "above <= 80", "close >= 79.9961")
        .failures()).containsExactly("coverage = 57.14, expected > 80",
            "close = 79.996, expected > 80", "above = 80.004, expected <= 80",
            "close = 79.996, expected >= 79.9961");
  }
}
