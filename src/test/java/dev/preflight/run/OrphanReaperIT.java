package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reaper's script on real processes; the whole of it after kill -9 is in KillNineIT. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrphanReaperIT {
  private final Optional<Path> setsid = SubprocessRunner.findSetsid();
  private final String run = Cookie.newRun();
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void needsSetsid() {
    assumeTrue(setsid.isPresent(), "the reaper needs setsid (Linux)");
  }

  @AfterEach
  void cleanUp() {
    started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
    started.forEach(Process::destroyForcibly);
  }

  private static String marker() {
    return "300." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  /** Zombies have an empty command line, so they do not count: they are dead. */
  static List<String> alive(String marker) {
    return ProcessHandle.allProcesses()
        .map(h -> h.info().commandLine().orElse(""))
        .filter(line -> line.contains(marker))
        .toList();
  }

  /** The {@code sleep <marker>} processes, not the shells whose scripts mention the marker. */
  static List<String> sleeps(String marker) {
    return alive(marker).stream().filter(line -> line.matches("\\S*sleep " + marker)).toList();
  }

  static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** {@code sh -c script} in a session of its own, with {@code cookie} in its environment. */
  private void start(String cookie, String script) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(setsid.get().toString(), "sh", "-c", script)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put(Cookie.VARIABLE, cookie);
    started.add(builder.start());
  }

  private Process reaper() throws IOException {
    Process reaper = new ProcessBuilder(setsid.get().toString(), "/bin/sh", "-c",
        OrphanReaper.SCRIPT, "preflight-reaper", Cookie.VARIABLE + "=" + run + "/").start();
    started.add(reaper);
    return reaper;
  }

  @Test
  void endOfThePipeKillsEveryProcessOfTheRunAndSparesOthers() throws Exception {
    String marked = marker();
    String unmarkedInMarkedGroup = marker();
    String otherRun = marker();
    start(run + "/a/1", "sleep " + marked + " & (setsid sleep " + marked + " &); "
        + "env -u " + Cookie.VARIABLE + " sleep " + unmarkedInMarkedGroup + " & wait");
    start(Cookie.newRun() + "/a/1", "exec sleep " + otherRun);
    assertThat(within(Duration.ofSeconds(10), () -> sleeps(marked).size() == 2
        && sleeps(unmarkedInMarkedGroup).size() == 1 && sleeps(otherRun).size() == 1)).isTrue();
    Process reaper = reaper();

    reaper.getOutputStream().close(); // as when the JVM dies: no "done"

    assertThat(reaper.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(sleeps(marked)).isEmpty();
    assertThat(sleeps(unmarkedInMarkedGroup)).as("in the group a marked shell leads").isEmpty();
    assertThat(sleeps(otherRun)).hasSize(1);
  }

  @Test
  void afterDoneItKillsNothingAndExitsAtOnce() throws Exception {
    String marked = marker();
    start(run + "/a/1", "exec sleep " + marked);
    assertThat(within(Duration.ofSeconds(10), () -> sleeps(marked).size() == 1)).isTrue();
    Process reaper = reaper();

    reaper.getOutputStream().write("done\n".getBytes(StandardCharsets.US_ASCII));
    reaper.getOutputStream().close();

    assertThat(reaper.waitFor(5, TimeUnit.SECONDS)).isTrue();
    assertThat(sleeps(marked)).hasSize(1);
  }

  @Test
  void closingTheRegistryEndsTheReaperAtOnce() throws Exception {
    ProcessRegistry registry = new ProcessRegistry();
    new SubprocessRunner(registry).run(new ProcessSpec(
        List.of("true"), null, Map.of("PATH", "/usr/bin:/bin"), Duration.ofSeconds(10)));
    ProcessHandle reaper = registry.reaper().orElseThrow();
    reaper.destroy(); // SIGTERM, as a terminal's hang-up or a careless kill would send
    Thread.sleep(200);
    assertThat(reaper.isAlive()).as("the reaper ignores TERM").isTrue();

    long before = System.nanoTime();
    registry.close();

    assertThat(reaper.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void withoutSetsidThereIsNoReaper() {
    ProcessRegistry registry = new ProcessRegistry(new ProcessTreeStopper(),
        new OrphanReaper(Optional.empty()));
    SubprocessRunner runner = new SubprocessRunner(registry, new ProcessTreeStopper(),
        Optional.empty(), SubprocessRunner.DEFAULT_DRAIN, System::nanoTime);
    runner.run(new ProcessSpec(
        List.of("true"), null, Map.of("PATH", "/usr/bin:/bin"), Duration.ofSeconds(10)));

    assertThat(registry.reaper()).isEmpty();
    registry.close();
  }
}
