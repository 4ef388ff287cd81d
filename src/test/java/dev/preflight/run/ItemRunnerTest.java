package dev.preflight.run;

import static dev.preflight.testing.TestItems.command;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.Status;
import java.time.Clock;
import java.time.Duration;
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
}
