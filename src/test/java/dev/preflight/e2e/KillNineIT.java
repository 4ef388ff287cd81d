package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.preflight.testing.Preflight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Nothing an item started survives preflight itself being killed with SIGKILL. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class KillNineIT {
  @TempDir Path dir;

  private static String marker() {
    return "300." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  /** The {@code sleep <marker>} processes alive, not the shells whose scripts name them. */
  private static List<String> sleeps(String marker) {
    return ProcessHandle.allProcesses()
        .map(h -> h.info().commandLine().orElse("")) // zombies have none: they are dead
        .filter(line -> line.matches("\\S*sleep " + marker))
        .toList();
  }

  private static boolean within(Duration limit, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  @Test
  void aSetsidGrandchildAndADoubleForkedDaemonDieWithTheJvm() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "finding them needs /proc (Linux)");
    String grandchild = marker();
    String daemon = marker();
    String main = marker();
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: Escapes
        sections:
          - id: main
            title: Main
            items:
              - id: escapes
                title: Leaves a grandchild in its own session and a daemon
                run: |
                  setsid sh -c "sleep %s; true" &
                  ( setsid sleep %s </dev/null >/dev/null 2>&1 & )
                  sleep %s
        """.formatted(grandchild, daemon, main), StandardCharsets.UTF_8);
    Process preflight = Preflight.start(dir, Map.of(), "run", "--no-input");
    try {
      assertThat(within(Duration.ofSeconds(30), () -> sleeps(grandchild).size() == 1
          && sleeps(daemon).size() == 1 && sleeps(main).size() == 1))
          .as("the item's three sleeps started").isTrue();

      preflight.destroyForcibly(); // SIGKILL: no shutdown hook, no finally; only the reaper is left
      assertThat(preflight.waitFor(10, TimeUnit.SECONDS)).isTrue();

      assertThat(within(Duration.ofSeconds(10), () -> sleeps(grandchild).isEmpty()
          && sleeps(daemon).isEmpty() && sleeps(main).isEmpty()))
          .as("still alive: %s %s %s", sleeps(grandchild), sleeps(daemon), sleeps(main))
          .isTrue();
    } finally {
      preflight.destroyForcibly();
    }
  }
}
