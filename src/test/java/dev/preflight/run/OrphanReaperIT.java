package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OrphanReaperIT {
  private final Optional<Path> setsid = SubprocessRunner.findSetsid();

  @BeforeEach
  void needsSetsid() {
    assumeTrue(setsid.isPresent(), "the reaper needs setsid (Linux)");
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

  /** The {@code sleep <marker>} processes, not the shell or JVM that mention the marker. */
  static List<String> sleeps(String marker) {
    return alive(marker).stream().filter(line -> line.matches("\\S*sleep " + marker)).toList();
  }

  private static boolean within(Duration limit, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  @Test
  void itemsDieWithAJvmKilledBySigkill() throws Exception {
    String marker = marker();
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ReaperDemo.class.getName(), marker).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("started")) {
        System.err.println("demo: " + line);
      }
      assertThat(line).as("the demo's item started").isEqualTo("started");
      assertThat(sleeps(marker)).hasSize(2);

      jvm.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, only the reaper is left
      assertThat(jvm.waitFor(5, TimeUnit.SECONDS)).isTrue();

      assertThat(within(Duration.ofSeconds(5), () -> alive(marker).isEmpty()))
          .as("nothing of the item outlives the killed JVM: %s", alive(marker)).isTrue();
    } finally {
      jvm.destroyForcibly();
    }
  }

  @Test
  void endOfThePipeKillsTheGroupsStillWatchedAndSparesForgottenOnes() throws Exception {
    String watchedMarker = marker();
    String forgottenMarker = marker();
    // Started through setsid from a JVM (no group leader), each sleep leads its own group.
    Process watched = new ProcessBuilder(setsid.get().toString(), "sleep", watchedMarker).start();
    Process forgotten =
        new ProcessBuilder(setsid.get().toString(), "sleep", forgottenMarker).start();
    OrphanReaper reaper = new OrphanReaper(setsid);
    try {
      reaper.watch(watched.pid());
      reaper.watch(forgotten.pid());
      reaper.forget(forgotten.pid());

      reaper.close(); // the pipe ends, as when the JVM dies

      assertThat(watched.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(forgotten.isAlive()).isTrue();
      assertThat(reaper.process().orElseThrow().isAlive()).isFalse();
    } finally {
      watched.destroyForcibly();
      forgotten.destroyForcibly();
    }
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
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));
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
