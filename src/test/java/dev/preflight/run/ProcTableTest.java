package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcTableTest {
  @TempDir Path dir;

  @Test
  void readsStatPastACommandNameWithParenthesesAndSpaces() throws Exception {
    ProcTable table = new FakeProc(dir).process(42, "we (ird) name", 'Z', 1, 40, 40, 1234).table();

    assertThat(table.stat(42)).contains(new ProcTable.Stat(42, 'Z', 1, 40, 40, 1234));
    assertThat(table.isZombie(42)).isTrue();
    assertThat(table.stat(43)).isEmpty();
  }

  @Test
  void findsTheCookieAmongTheEnvironmentsEntries() throws Exception {
    ProcTable table = new FakeProc(dir)
        .process(10, "sh", 'S', 1, 10, 10, 500, "PATH=/bin", "XPREFLIGHT_ITEM=not-it",
            "PREFLIGHT_ITEM=run/lint/1", "PREFLIGHT_ITEM=second")
        .process(11, "sh", 'S', 1, 11, 11, 500, "PATH=/bin", "PREFLIGHT_ITEM=")
        .process(12, "sh", 'S', 1, 12, 12, 500, "PATH=/bin")
        .table();

    assertThat(table.cookie(10)).contains("run/lint/1");
    assertThat(table.cookie(11)).contains("");
    assertThat(table.cookie(12)).isEmpty();
    assertThat(table.cookie(13)).isEmpty();
  }

  @Test
  void aProcessCaughtInAnExecIsReadAgainOnceItsProgramHasAnEnvironment() throws Exception {
    FakeProc proc = new FakeProc(dir).execing(20, "setsid", 1, 500);
    ProcTable table = proc.table();
    Thread exec = new Thread(() -> {
      try {
        Thread.sleep(20);
        proc.process(20, "sleep", 'S', 1, 20, 20, 500, "PATH=/bin", "PREFLIGHT_ITEM=run/a/1");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    exec.start();

    assertThat(table.cookie(20)).contains("run/a/1");
    exec.join();
  }

  @Test
  void anEmptyEnvironmentOutsideAnExecIsNoCookieAndNoWait() throws Exception {
    ProcTable table = new FakeProc(dir).process(21, "env-i", 'S', 1, 21, 21, 500)
        .process(22, "kworker/0:1", 'I', 2, 0, 0, 500).table();
    // a kernel thread: no memory, so env_end 0 for good, and flag PF_KTHREAD
    Files.writeString(dir.resolve("22/stat"), Files.readString(dir.resolve("22/stat"))
        .replace(" 4194304 ", " 2129984 ").replace(" 140727287537643 0", " 0 0"));

    long start = System.nanoTime();
    assertThat(table.cookie(21)).isEmpty();
    assertThat(table.cookie(22)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ProcTable.EXEC_WAIT);
  }

  @Test
  void anExecThatNeverEndsIsWaitedForNoLongerThanTheLimit() throws Exception {
    ProcTable table = new FakeProc(dir).execing(23, "stuck", 1, 500).table();

    long start = System.nanoTime();
    assertThat(table.cookie(23)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isBetween(ProcTable.EXEC_WAIT, Duration.ofSeconds(1));
  }

  @Test
  void listsProcessesAndTheLastPidGivenOut() throws Exception {
    FakeProc proc = new FakeProc(dir).lastPid(31999)
        .process(10, "a", 'S', 1, 10, 10, 1).process(200, "b", 'S', 1, 10, 10, 1);

    assertThat(proc.table().pids()).containsExactlyInAnyOrder(10L, 200L);
    assertThat(proc.table().lastPid()).hasValue(31999);
    assertThat(proc.table().available()).isTrue();
  }

  @Test
  void withoutProcEverythingIsEmpty() {
    ProcTable table = new ProcTable(dir.resolve("missing"));

    assertThat(table.available()).isFalse();
    assertThat(table.isZombie(1)).isFalse();
    assertThat(table.pids()).isEmpty();
    assertThat(table.lastPid()).isEmpty();
    assertThat(table.cookie(1)).isEmpty();
  }
}
