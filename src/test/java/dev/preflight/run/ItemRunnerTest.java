package dev.preflight.run;

import static dev.preflight.testing.TestItems.command;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.expect.ConditionParser;
import dev.preflight.expect.ConditionSyntaxException;
import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.ParseSpec;
import dev.preflight.model.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an exit becomes a status and a reason, with canned process outcomes. */
class ItemRunnerTest {
  private static ItemResult run(ProcessOutcome outcome) throws InterruptedException {
    ProcessRunner canned = spec -> outcome;
    return new ItemRunner(canned, Map.of(), List.of(), LogFiles.NONE, Clock.systemUTC(), d -> {})
        .run(command("x", "whatever"));
  }

  private static ItemResult run(Item item, ProcessOutcome outcome) throws InterruptedException {
    ProcessRunner canned = spec -> outcome;
    return new ItemRunner(canned, Map.of(), List.of(), LogFiles.NONE, Clock.systemUTC(), d -> {})
        .run(item);
  }

  /** A command item read by {@code parser} and judged by {@code conditions}. */
  private static Item parsed(String parser, String... conditions)
      throws ConditionSyntaxException {
    Item i = command("lint", "whatever");
    List<Condition> expect = new ArrayList<>();
    for (String c : conditions) {
      expect.add(ConditionParser.parse(c));
    }
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), ParseSpec.of(parser),
        expect, i.retries(), i.retryDelay(), i.exclusive());
  }

  private static ProcessOutcome printed(int code, String stdout, String stderr) {
    return new ProcessOutcome.Exited(code, new Output(stdout, stdout.length()),
        new Output(stderr, stderr.length()), Duration.ofMillis(5));
  }

  private static ProcessOutcome exited(int code, String stderr) {
    return new ProcessOutcome.Exited(code, Output.EMPTY, new Output(stderr, stderr.length()),
        Duration.ofMillis(5));
  }

  @Test
  void shellCommandNotFoundIsAnErrorNamingTheCommand() throws Exception {
    ItemResult r = run(exited(127, "sh: 1: pytets: not found\n"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons()).containsExactly("command not found: pytets");
  }

  @Test
  void bashCommandNotFound() throws Exception {
    assertThat(run(exited(127, "bash: line 1: pytets: command not found\n")).reasons())
        .containsExactly("command not found: pytets");
  }

  @Test
  void makeRecipeWithAMissingProgram() throws Exception {
    ItemResult r = run(exited(2, "make: flake8: No such file or directory\n"
        + "make: *** [Makefile:24: lint] Error 127\n"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons()).containsExactly("command not found: flake8 (in a make recipe)");
  }

  @Test
  void pythonModuleThatIsNotInstalled() throws Exception {
    ItemResult r = run(exited(2, "/usr/bin/python3: No module named flake8\n"
        + "make: *** [Makefile:24: lint] Error 1\n"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons())
        .containsExactly("python module not found: flake8 (for /usr/bin/python3)");
  }

  @Test
  void notExecutable() throws Exception {
    assertThat(run(exited(126, "sh: 1: ./check.sh: Permission denied\n")).reasons())
        .containsExactly("permission denied: ./check.sh");
  }

  @Test
  void anOrdinaryFailureKeepsItsExitCodeReason() throws Exception {
    ItemResult r = run(exited(1, "FAILED tests/test_x.py::test_y\n"));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reasons()).containsExactly("exit code 1, expected 0");
  }

  @Test
  void timeoutAndNotStarted() throws Exception {
    assertThat(run(new ProcessOutcome.TimedOut(Output.EMPTY, Output.EMPTY, Duration.ofMinutes(1)))
        .reasons()).containsExactly("timed out after 1m; its process tree was killed");
    ItemResult r = run(new ProcessOutcome.NotStarted("workdir does not exist: /nope",
        Duration.ZERO));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons()).containsExactly("workdir does not exist: /nope");
  }

  private static final String FLAKE8 = "a.py:1:1: F401 'os' imported but unused\n"
      + "a.py:2:1: E302 expected 2 blank lines, found 1\n";

  @Test
  void aLinterThatExitsOneForFindingsIsJudgedByItsCounts() throws Exception {
    ItemResult r = run(parsed("flake8", "issues < 5"), printed(1, FLAKE8, ""));
    assertThat(r.status()).isEqualTo(Status.PASS);
    r = run(parsed("flake8", "issues == 0"), printed(1, FLAKE8, ""));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reasons()).containsExactly("issues = 2, expected == 0");
  }

  @Test
  void aLinterThatCouldNotRunFailsSayingWhichCodesWereExpected() throws Exception {
    ItemResult r = run(parsed("flake8", "issues < 5"), printed(2, FLAKE8, "usage: flake8\n"));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.reasons())
        .containsExactly(
            "exit code 2, expected 0 or 1 (flake8's exit codes when it ran to the end)");
  }

  @Test
  void pylintsBitMaskIsReadAsRanUnlessFatalOrUsage() throws Exception {
    String text = "************* Module m\nm.py:1:0: C0114: Missing module docstring"
        + " (missing-module-docstring)\n\nYour code has been rated at 8.53/10\n";
    assertThat(run(parsed("pylint", "score > 8"), printed(28, text, "")).status())
        .isEqualTo(Status.PASS);
    ItemResult fatal = run(parsed("pylint", "score > 8"), printed(1, text, ""));
    assertThat(fatal.status()).isEqualTo(Status.FAIL);
    assertThat(fatal.reasons()).containsExactly("exit code 1, expected 0, 2, 4, …, 30"
        + " (pylint's exit codes when it ran to the end)");
  }

  @Test
  void namingExitCodeOrTestingNoMetricKeepsExitCodeZero() throws Exception {
    assertThat(run(parsed("flake8", "exit_code == 0", "issues < 5"), printed(1, FLAKE8, ""))
        .reasons()).containsExactly("exit_code = 1, expected == 0");
    assertThat(run(parsed("flake8", "duration < 1m"), printed(1, FLAKE8, "")).reasons())
        .containsExactly("exit code 1, expected 0");
    assertThat(run(parsed("pytest", "failed < 3"), printed(1, "1 failed, 4 passed in 0.1s\n", ""))
        .reasons()).containsExactly("exit code 1, expected 0");
  }

  @Test
  void aCrashThatPrintsNoFindingsIsNotACleanRun() throws Exception {
    // flake8 exits 1 for "critical error" as well, and then prints nothing on stdout
    ItemResult r = run(parsed("flake8", "issues == 0"),
        printed(1, "", "There was a critical error during execution of Flake8:\n"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons())
        .containsExactly("flake8 exited with 1 but printed no results: it did not run to the end");
    assertThat(r.metrics()).as("a run that did not finish has no figures").isEmpty();
  }

  @Test
  void aMissingPythonModuleIsAnErrorEvenWhenItsExitCodeWouldDo() throws Exception {
    ItemResult r = run(parsed("flake8", "issues == 0"),
        printed(1, "", "/usr/bin/python3: No module named flake8\n"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.reasons())
        .containsExactly("python module not found: flake8 (for /usr/bin/python3)");
  }
}
