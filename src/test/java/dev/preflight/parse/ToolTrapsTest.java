package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The traps the tools set, each on real output from src/test/resources/parsers (see each
 * folder's README for the command): what a naive reader of the output would get wrong, and
 * what the parser says instead.
 */
class ToolTrapsTest {

  @Test
  void mavenWithoutBatchModeSplitsWordsWithColourCodesEvenOnAPipe() throws Exception {
    String log = text("maven/color.txt"); // Debian's Maven 3.8.7, `mvn verify` into a file
    assertThat(log).contains("Tests run: \u001B[0;1;32m3\u001B[m, Failures: 0");
    assertThat(Pattern.compile("Tests run: 3, Failures").matcher(log).find()).isFalse();
    assertThat(parse("maven", "maven/color.txt"))
        .contains(entry("tests", 11.0), entry("failed", 2.0), entry("errors", 1.0));
  }

  @Test
  void surefireXmlAfterRerunsCountsOnlyTheLastRun() throws Exception {
    // MixedTest has 4 tests (1 passes, 1 fails, 1 errors, 1 skipped); the reruns rewrite its
    // report with only the 2 tests they reran, and the flaky test's report with its last run
    assertThat(parse("junit", "junit/surefire-rerun-MixedTest.xml"))
        .contains(entry("tests", 2.0), entry("failures", 1.0), entry("errors", 1.0),
            entry("skipped", 0.0));
    assertThat(parse("junit", "junit/surefire-rerun-FlakyTest.xml"))
        .contains(entry("tests", 1.0), entry("failures", 0.0));
    // the console's totals keep every test, and count the flaky one
    assertThat(parse("maven", "maven/reruns.txt"))
        .contains(entry("tests", 11.0), entry("skipped", 1.0), entry("flakes", 1.0));
  }

  @Test
  void testFailureIgnoreExitsZeroWithFailures() throws Exception {
    assertThat(text("maven/failure-ignore.txt")).contains("[INFO] BUILD SUCCESS");
    assertThat(parse("maven", "maven/failure-ignore.txt"))
        .contains(entry("failed", 2.0), entry("errors", 1.0));
  }

  @Test
  void aBuildThatNeverReachedItsTestsHasNoTestCountsNotZero() throws Exception {
    assertThat(parse("maven", "maven/compile-error.txt"))
        .containsOnly(entry("compile_errors", 2.0));
    assertThat(parse("cargo-test", "cargo-test/broken-output.txt"))
        .containsOnly(entry("compile_errors", 2.0));
  }

  @Test
  void checkstyleConsoleSaysZeroViolationsWhileItsXmlHoldsWarnings() throws Exception {
    assertThat(text("checkstyle/maven-google.txt")).contains("You have 0 Checkstyle violations.");
    assertThat(parse("checkstyle", "checkstyle/maven-google.txt"))
        .containsOnly(entry("errors", 0.0)); // warnings unknown from the console: absent
    assertThat(parse("checkstyle", "checkstyle/google.xml"))
        .contains(entry("warnings", 35.0), entry("issues", 35.0));
  }

  @Test
  void jestJunitCountsTodoTestsAsPasses() throws Exception {
    String xml = text("junit/jest-junit.xml");
    // the todo test is a bare <testcase>: counting test cases makes it a fifth pass
    assertThat(xml).contains("name=\"mixed is still to write\" time=\"0\">\n    </testcase>");
    assertThat(parse("junit", "junit/jest-junit.xml"))
        .contains(entry("tests", 6.0), entry("passed", 4.0)); // the declared totals leave it out
    assertThat(parse("jest", "jest/jest.json"))
        .contains(entry("tests", 7.0), entry("passed", 4.0), entry("todo", 1.0));
  }

  @Test
  void aJestSuiteThatFailsToLoadHasZeroFailedTestsAndExitsOne() throws Exception {
    assertThat(parse("jest", "jest/broken-stderr.txt"))
        .contains(entry("failed", 0.0), entry("suites_failed", 1.0), entry("errors", 1.0));
    // exit 1 alone cannot tell this from failed tests: only 0 is implied
    assertThat(parser("jest").ranExitCodes()).containsExactly(0);
  }

  @Test
  void jestWritesItsSummaryToStderrAndJsonToStdout() throws Exception {
    assertThat(parser("jest").defaultSources()).isEqualTo(DefaultSources.OUTPUT);
    assertThatThrownBy(() -> parser("jest").parse(List.of(new Source("stdout", "")), Map.of()))
        .hasMessage("no jest summary found in stdout (jest writes it to stderr: read from: output)");
    // from: output is stdout then stderr in one text: the --json report counts, once
    String output = text("jest/jest.json") + text("jest/stderr.txt");
    assertThat(parser("jest").parse(List.of(new Source("output", output)), Map.of()))
        .contains(entry("tests", 7.0), entry("failed", 1.0));
  }

  @Test
  void goTestJsonMixesPlainBuildLinesIntoJsonAndExitsTwoOnBuildFailure() throws Exception {
    String json = text("go-test/test.json");
    assertThat(json).contains("\nFAIL\texample.com/gofixture/broken [build failed]\n");
    assertThat(parse("go-test", "go-test/test.json"))
        .contains(entry("build_failed", 1.0), entry("packages_failed", 2.0), entry("tests", 5.0));
    assertThat(parser("go-test").ranExitCodes()).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void goVetJsonExitsZeroWithFindingsOnStderr() throws Exception {
    assertThat(parser("go-vet").defaultSources()).isEqualTo(DefaultSources.OUTPUT);
    assertThat(parser("go-vet").ranExitCodes()).contains(0);
    assertThat(parse("go-vet", "go-vet/vet.json")).contains(entry("issues", 4.0));
  }

  @Test
  void cargoWithoutNoFailFastStopsAtTheFirstFailingTarget() throws Exception {
    assertThat(text("cargo-test/stops-stderr.txt"))
        .contains("error: test failed, to rerun pass `--lib`")
        .doesNotContain("tests/api.rs");
    assertThat(parse("cargo-test", "cargo-test/stops.txt")).contains(entry("tests", 3.0));
    assertThat(parse("cargo-test", "cargo-test/no-fail-fast.txt")).contains(entry("tests", 8.0));
  }

  @Test
  void clippysGeneratedWarningsLineIsItselfAWarning() throws Exception {
    String text = text("clippy/text.txt");
    assertThat(Pattern.compile("^warning: ", Pattern.MULTILINE).matcher(text).results().count())
        .isEqualTo(4);
    assertThat(text).contains("warning: `lints` (lib) generated 3 warnings");
    assertThat(parse("clippy", "clippy/text.txt")).contains(entry("warnings", 3.0));
  }

  @Test
  void tsc5ExitsTwoWhereTsc7ExitsOneForTheSameErrors() throws Exception {
    assertThat(parse("tsc", "tsc/tsc5.txt")).isEqualTo(parse("tsc", "tsc/tsc7.txt"));
    assertThat(parser("tsc").ranExitCodes()).contains(0, 1, 2);
  }

  @Test
  void npmAuditWithoutItsAdvisoryServiceIsAnErrorNeverZeroFindings() {
    assertThatThrownBy(() -> parse("npm-audit", "npm-audit/unreachable.json"))
        .isInstanceOf(ParseException.class)
        .hasMessageStartingWith("npm audit did not audit");
  }

  @Test
  void gradleFailedWithoutATestSummaryIsAnError() {
    assertThatThrownBy(() -> parse("gradle", "gradle/compile-error-output.txt"))
        .hasMessageStartingWith("Gradle build failed without a test summary");
  }

  private static Parser parser(String name) {
    return Parsers.byName(name).orElseThrow();
  }

  private static Map<String, Double> parse(String parser, String file) throws Exception {
    return parser(parser).parse(List.of(new Source(file, text(file))), Map.of());
  }

  private static String text(String file) throws IOException {
    return Files.readString(FixtureCase.ROOT.resolve(file), StandardCharsets.UTF_8);
  }
}
