package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
