package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcTableTest {
  @TempDir Path proc;

  private void process(long pid, String comm, char state, long session, long startTicks)
      throws Exception {
    Path dir = proc.resolve(Long.toString(pid));
    Files.createDirectories(dir.resolve("fd"));
    Files.writeString(dir.resolve("stat"), pid + " (" + comm + ") " + state + " 1 " + session
        + " " + session + " 0 -1 4194304 0 0 0 0 0 0 0 0 20 0 1 0 " + startTicks
        + " 0 0 18446744073709551615\n");
  }

  private void pipe(long pid, int fd, String target) throws Exception {
    Files.createSymbolicLink(proc.resolve(pid + "/fd/" + fd), Path.of(target));
  }

  @Test
  void readsStatPastACommandNameWithParenthesesAndSpaces() throws Exception {
    process(42, "we (ird) name", 'Z', 40, 1234);

    assertThat(new ProcTable(proc).stat(42))
        .contains(new ProcTable.Stat('Z', 1, 40, 40, 1234));
    assertThat(new ProcTable(proc).isZombie(42)).isTrue();
    assertThat(new ProcTable(proc).stat(43)).isEmpty();
  }

  @Test
  void findsSessionMembersAndYoungerPipeHolders() throws Exception {
    process(10, "sh", 'S', 10, 500);
    pipe(10, 1, "pipe:[77]");
    process(11, "sleep", 'S', 10, 510);
    process(12, "daemon", 'S', 12, 520);
    pipe(12, 2, "pipe:[77]");
    process(5, "ssh-mux", 'S', 5, 100); // older than the item: merely handed the pipe
    pipe(5, 1, "pipe:[77]");
    process(13, "other", 'S', 13, 530);
    pipe(13, 1, "pipe:[78]");
    Files.createDirectories(proc.resolve("self"));

    ProcTable table = new ProcTable(proc);
    assertThat(table.outputPipes(10)).containsExactly("pipe:[77]");
    assertThat(table.members(10, Set.of("pipe:[77]"), 500))
        .containsExactlyInAnyOrder(10L, 11L, 12L);
    assertThat(table.members(0, Set.of(), 500)).isEmpty();
  }

  @Test
  void withoutProcEverythingIsEmpty() {
    ProcTable table = new ProcTable(proc.resolve("missing"));

    assertThat(table.isZombie(1)).isFalse();
    assertThat(table.outputPipes(1)).isEmpty();
    assertThat(table.members(1, Set.of("pipe:[1]"), 0)).isEmpty();
  }
}
