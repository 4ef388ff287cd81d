package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Output;
import dev.preflight.run.ProcessOutcome.Exited;
import dev.preflight.run.ProcessOutcome.NotStarted;
import dev.preflight.run.ProcessOutcome.TimedOut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SubprocessRunnerIT {
  private static final Map<String, String> ENV = Map.of("PATH", "/usr/local/bin:/usr/bin:/bin");
  private static final Duration GRACE = ProcessTreeStopper.DEFAULT_GRACE;

  @TempDir Path dir;
  private final ProcessRegistry registry = new ProcessRegistry();
  private final SubprocessRunner runner = new SubprocessRunner(registry);

  @AfterEach
  void closeRegistry() {
    registry.close();
  }

  private ProcessOutcome sh(String script, Duration timeout) {
    return runner.run(new ProcessSpec(List.of("sh", "-c", script), dir, ENV, timeout));
  }

  /** A sleep argument no other process on this machine has: the marker we look for afterwards. */
  private static String marker() {
    return "300." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  /** Zombies have an empty command line, so they do not count: they are dead. */
  private static List<String> alive(String marker) {
    return ProcessHandle.allProcesses()
        .map(h -> h.info().commandLine().orElse(""))
        .filter(line -> line.contains(marker))
        .toList();
  }

  @Test
  void timeoutStopsTheWholeTreeAndKeepsOutputSoFar() {
    String a = marker();
    String b = marker();
    ProcessOutcome outcome =
        sh("echo started; sleep " + a + " & sleep " + b + "; wait", Duration.ofSeconds(1));

    TimedOut timedOut = (TimedOut) outcome;
    assertThat(timedOut.stdout().text()).isEqualTo("started\n");
    assertThat(timedOut.duration()).isLessThan(Duration.ofSeconds(1).plus(GRACE));
    assertThat(alive(a)).isEmpty();
    assertThat(alive(b)).isEmpty();
    assertThat(registry.size()).isZero();
  }

  @Test
  void doubleForkedDaemonIsStoppedOnTimeout() {
    String daemon = marker();
    String main = marker();
    ProcessOutcome outcome =
        sh("(setsid sleep " + daemon + " &) ; sleep " + main, Duration.ofSeconds(1));

    assertThat(outcome).isInstanceOf(TimedOut.class);
    assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(1).plus(GRACE));
    assertThat(alive(daemon)).isEmpty();
    assertThat(alive(main)).isEmpty();
  }

  @Test
  void backgroundJobHoldingThePipeDoesNotHangTheRunNorOutliveIt() {
    String marker = marker();
    ProcessOutcome outcome = sh("echo hi; sleep " + marker + " &", Duration.ofMinutes(5));

    assertThat(outcome).isInstanceOf(Exited.class);
    assertThat(((Exited) outcome).stdout().text()).isEqualTo("hi\n");
    assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(4));
    assertThat(alive(marker)).isEmpty();
  }

  @Test
  void backgroundJobWithOwnOutputIsStoppedWhenTheItemEnds() {
    String marker = marker();
    ProcessOutcome outcome =
        sh("sleep " + marker + " >/dev/null 2>&1 </dev/null &", Duration.ofMinutes(5));

    assertThat(outcome).isInstanceOf(Exited.class);
    assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(4));
    assertThat(alive(marker)).isEmpty();
  }

  /**
   * The look after the item often lands while the daemon is between {@code setsid} and {@code
   * sleep}, whose environment is empty for that moment; this missed one run in twenty.
   */
  @Test
  void doubleForkedDaemonWithItsOutputElsewhereIsStoppedWhenTheItemEnds() {
    for (int i = 0; i < 100; i++) {
      String marker = marker();
      ProcessOutcome outcome = sh("(setsid sleep " + marker + " </dev/null >/dev/null 2>&1 &); "
          + "echo hi", Duration.ofMinutes(5));

      assertThat(((Exited) outcome).stdout().text()).isEqualTo("hi\n");
      assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(4));
      assertThat(alive(marker)).as("run %d", i).isEmpty();
    }
  }

  @Test
  void withoutSetsidTheCookieStillStopsTheTree() {
    SubprocessRunner plain = new SubprocessRunner(registry, new ProcessTreeStopper(),
        Optional.empty(), SubprocessRunner.DEFAULT_DRAIN, System::nanoTime);
    String a = marker();
    String b = marker();
    ProcessOutcome outcome = plain.run(new ProcessSpec(
        List.of("sh", "-c", "sleep " + a + " & sleep " + b + "; wait"), dir, ENV,
        Duration.ofSeconds(1)));

    assertThat(outcome).isInstanceOf(TimedOut.class);
    assertThat(alive(a)).isEmpty();
    assertThat(alive(b)).isEmpty();
  }

  @Test
  void hugeOutputIsCountedButKeptBounded() {
    // far beyond the captures; a capture that slowed with size would run into the timeout
    Exited exited = (Exited) sh("yes | head -c 50000000", Duration.ofSeconds(50));

    assertThat(exited.exitCode()).isZero();
    Output stdout = exited.stdout();
    assertThat(stdout.bytes()).isEqualTo(50_000_000L);
    assertThat(stdout.text()).startsWith("y\ny\n").endsWith("y\ny\n")
        .contains("\n… 49,868,928 bytes omitted …\n");
    assertThat(stdout.text().length()).isLessThan(128 * 1024 + 64);
  }

  @Test
  void invalidUtf8IsReplacedAndTheRestKept() {
    Exited exited = (Exited) sh("printf '\\377\\376ok\\n'", Duration.ofSeconds(10));

    assertThat(exited.stdout()).isEqualTo(new Output("\uFFFD\uFFFDok\n", 5));
  }

  @Test
  void missingProgramIsNotStarted() {
    ProcessOutcome outcome = runner.run(
        new ProcessSpec(List.of("pytets", "-q"), dir, ENV, Duration.ofSeconds(10)));

    assertThat(outcome).isInstanceOf(NotStarted.class);
    assertThat(((NotStarted) outcome).reason()).isEqualTo("command not found: pytets");
  }

  @Test
  void programWithoutExecutePermissionIsNotStarted() throws Exception {
    Files.writeString(dir.resolve("check.sh"), "#!/bin/sh\necho hi\n");
    ProcessOutcome outcome = runner.run(
        new ProcessSpec(List.of("./check.sh"), dir, ENV, Duration.ofSeconds(10)));

    assertThat(((NotStarted) outcome).reason()).isEqualTo("permission denied: ./check.sh");
  }

  @Test
  void missingCommandInAShellIsJustExit127() {
    Exited exited = (Exited) sh("nosuchcmd", Duration.ofSeconds(10));

    assertThat(exited.exitCode()).isEqualTo(127);
    assertThat(exited.stderr().text()).contains("nosuchcmd").contains("not found");
  }

  @Test
  void missingWorkdirIsNotStarted() {
    Path missing = dir.resolve("nope");
    ProcessOutcome outcome = runner.run(
        new ProcessSpec(List.of("true"), missing, ENV, Duration.ofSeconds(10)));

    assertThat(((NotStarted) outcome).reason()).isEqualTo("workdir does not exist: " + missing);
  }

  @Test
  void stdoutAndStderrAreKeptApart() {
    Exited exited = (Exited) sh("echo out; echo err >&2; exit 3", Duration.ofSeconds(10));

    assertThat(exited.exitCode()).isEqualTo(3);
    assertThat(exited.stdout()).isEqualTo(new Output("out\n", 4));
    assertThat(exited.stderr()).isEqualTo(new Output("err\n", 4));
  }

  @Test
  void environmentIsExactlyTheSpecsPlusTheCookie() {
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "FOO", "bar baz");
    Exited exited = (Exited) runner.run(
        new ProcessSpec(List.of("env"), dir, env, Duration.ofSeconds(10)));

    assertThat(exited.stdout().text().lines().sorted())
        .hasSize(3).startsWith("FOO=bar baz", "PATH=/usr/bin:/bin")
        .last().asString().matches("PREFLIGHT_ITEM=[0-9a-f]{16}/-/[0-9]+");
  }

  @Test
  void theCookieNamesTheItemAndReplacesAValueFromTheSpec() {
    ProcessSpec spec = new ProcessSpec(List.of("sh", "-c", "echo $PREFLIGHT_ITEM"), dir,
        Map.of("PATH", "/usr/bin:/bin", "PREFLIGHT_ITEM", "mine"), Duration.ofSeconds(10), null,
        SecretMasker.NONE, "lint");
    String first = ((Exited) runner.run(spec)).stdout().text();
    String second = ((Exited) runner.run(spec)).stdout().text();

    assertThat(first).matches("[0-9a-f]{16}/lint/[0-9]+\n");
    assertThat(second).isNotEqualTo(first).startsWith(first.substring(0, 17));
  }

  @Test
  void workdirIsTheSpecs() throws Exception {
    Exited exited = (Exited) sh("pwd -P", Duration.ofSeconds(10));

    assertThat(exited.stdout().text()).isEqualTo(dir.toRealPath() + "\n");
  }

  @Test
  void stdinIsClosed() {
    // a cat reading an open stdin would wait until the timeout: TimedOut, not Exited
    Exited exited = (Exited) runner.run(
        new ProcessSpec(List.of("cat"), dir, ENV, Duration.ofSeconds(30)));

    assertThat(exited.exitCode()).isZero();
    assertThat(exited.stdout()).isEqualTo(Output.EMPTY);
  }

  @Test
  void logFileGetsAllOutputOfBothStreamsWhileTheCapturesStayBounded() throws Exception {
    Path log = dir.resolve("logs/run-1/item.log");
    Exited exited = (Exited) runner.run(new ProcessSpec(List.of("sh", "-c",
        "echo first >&2; yes out | head -c 5000000; echo last >&2"), dir, ENV,
        Duration.ofSeconds(30), log));

    assertThat(exited.stdout().bytes()).isEqualTo(5_000_000L);
    assertThat(exited.stdout().text().length()).isLessThan(128 * 1024 + 64);
    assertThat(exited.stderr()).isEqualTo(new Output("first\nlast\n", 11));
    // Chunks of the two pipes interleave as they arrive, so a stderr line may sit between two
    // halves of "out\n"; each line is one write, hence whole.
    String logged = Files.readString(log);
    assertThat(logged).hasSize(5_000_000 + 11);
    assertThat(logged.indexOf("first\n")).isNotNegative().isLessThan(logged.indexOf("last\n"));
    assertThat(logged.replaceFirst("first\n", "").replaceFirst("last\n", ""))
        .isEqualTo("out\n".repeat(1_250_000));
  }

  @Test
  void logFileIsClosedWithTheOutputSoFarOnTimeout() throws Exception {
    Path log = dir.resolve("timeout.log");
    Files.writeString(log, "from an earlier run\n");
    String marker = marker();
    ProcessOutcome outcome = runner.run(new ProcessSpec(List.of("sh", "-c",
        "echo started; echo warn >&2; sleep " + marker), dir, ENV, Duration.ofSeconds(1), log));

    assertThat(outcome).isInstanceOf(TimedOut.class);
    assertThat(Files.readString(log)).isIn("started\nwarn\n", "warn\nstarted\n");
    assertThat(alive(marker)).isEmpty();
  }

  @Test
  void unwritableLogIsNotedAndDoesNotChangeTheOutcome() throws Exception {
    Files.writeString(dir.resolve("blocker"), "a file where the log's directory should be");
    Path log = dir.resolve("blocker/item.log");
    List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    SubprocessRunner noting = new SubprocessRunner(registry, problems::add);

    Exited exited = (Exited) noting.run(new ProcessSpec(
        List.of("sh", "-c", "echo hi"), dir, ENV, Duration.ofSeconds(10), log));

    assertThat(exited.exitCode()).isZero();
    assertThat(exited.stdout().text()).isEqualTo("hi\n");
    assertThat(problems).containsExactly(
        "cannot write log " + log + ": a file is in the way of its directory");
  }

  @Test
  void noLogFileIsMadeForACommandThatCannotStart() {
    Path log = dir.resolve("never.log");
    ProcessOutcome outcome = runner.run(
        new ProcessSpec(List.of("pytets"), dir, ENV, Duration.ofSeconds(10), log));

    assertThat(outcome).isInstanceOf(NotStarted.class);
    assertThat(log).doesNotExist();
  }

  @Test
  void stopAllEndsRunningItemsAndRefusesNewOnes() throws Exception {
    String marker = marker();
    CompletableFuture<ProcessOutcome> running = CompletableFuture.supplyAsync(
        () -> sh("sleep " + marker + " & wait", Duration.ofMinutes(5)));
    while (registry.size() == 0) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // let the shell start its child

    registry.stopAll();

    ProcessOutcome outcome = running.get(10, TimeUnit.SECONDS);
    assertThat(((Exited) outcome).exitCode()).isEqualTo(143);
    assertThat(alive(marker)).isEmpty();
    assertThat(registry.stopping()).isTrue();
    assertThat(sh("true", Duration.ofSeconds(10))).isInstanceOf(NotStarted.class);
  }

  /**
   * B holds A's output pipe, as a JDK spawn helper briefly holds every pipe of the JVM, and runs
   * through the whole of A's stop: A's TERM, its grace, the second look and A's KILL. Whoever
   * holds A's pipe was A's under the old rule; the cookie says B is not.
   */
  @Test
  void anItemStartedWhileAnothersStopRunsIsUntouched() throws Exception {
    SubprocessRunner slowStops = new SubprocessRunner(registry,
        new ProcessTreeStopper(Duration.ofSeconds(3)), SubprocessRunner.findSetsid(),
        SubprocessRunner.DEFAULT_DRAIN, System::nanoTime);
    CompletableFuture<ProcessOutcome> a = CompletableFuture.supplyAsync(() -> slowStops.run(
        new ProcessSpec(List.of("sh", "-c", "trap 'touch a-termed' TERM; echo $$ > a.pid; "
            + "while :; do sleep 0.05; done"), dir, ENV, Duration.ofMillis(300))));
    Path termed = dir.resolve("a-termed");
    while (!Files.exists(termed)) {
      assertThat(a).as("A ended before its stop was seen").isNotDone();
      Thread.sleep(10);
    }

    ProcessOutcome b = sh("exec 3>/proc/$(cat a.pid)/fd/1; "
        + "while kill -0 $(cat a.pid) 2>/dev/null; do sleep 0.05; done; echo b lived on",
        Duration.ofSeconds(30));

    assertThat(b).isInstanceOf(Exited.class);
    assertThat(((Exited) b).exitCode()).as("B's exit code").isZero();
    assertThat(((Exited) b).stdout().text()).isEqualTo("b lived on\n");
    assertThat(a.get(20, TimeUnit.SECONDS)).isInstanceOf(TimedOut.class);
  }
}
