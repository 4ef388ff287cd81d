package dev.preflight.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** A /proc of the test's making: stat, environ and loadavg as Linux writes them. */
final class FakeProc {
  final Path root;

  FakeProc(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve("self"));
    lastPid(1);
  }

  /** A process; {@code env} entries are {@code NAME=value}. */
  FakeProc process(long pid, String comm, char state, long ppid, long pgrp, long session,
      long startTicks, String... env) throws IOException {
    StringBuilder environ = new StringBuilder();
    for (String entry : List.of(env)) {
      environ.append(entry).append('\0');
    }
    // as the kernel does at the end of an exec: the environment is there before env_end says so
    write(pid, "environ", environ.toString());
    stat(pid, comm, state, ppid, pgrp, session, startTicks, 140727287537643L);
    return this;
  }

  /** A process in the middle of an exec: its new memory has no environment yet. */
  FakeProc execing(long pid, String comm, long ppid, long startTicks) throws IOException {
    stat(pid, comm, 'R', ppid, pid, pid, startTicks, 0);
    write(pid, "environ", "");
    return this;
  }

  /** All 52 fields, as Linux 3.5 and later write them; field 51 is env_end. */
  private void stat(long pid, String comm, char state, long ppid, long pgrp, long session,
      long startTicks, long envEnd) throws IOException {
    write(pid, "stat", pid + " (" + comm + ") " + state + " " + ppid
        + " " + pgrp + " " + session + " 0 -1 4194304 98 0 0 0 0 0 0 0 20 0 1 0 " + startTicks
        + " 3133440 381 18446744073709551615 94413180243968 94413180263849 140727287528128"
        + " 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 94413180279856 94413180281472 94413837033472"
        + " 140727287536158 140727287536178 140727287536178 " + envEnd + " 0\n");
  }

  /** Whole or not at all, as a read of /proc sees it, even while a test's thread rewrites it. */
  private void write(long pid, String file, String text) throws IOException {
    Path dir = Files.createDirectories(root.resolve(Long.toString(pid)));
    Path part = Files.writeString(dir.resolve(file + ".part"), text, StandardCharsets.UTF_8);
    Files.move(part, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** The pid the kernel gave out last. */
  FakeProc lastPid(long pid) throws IOException {
    Files.writeString(root.resolve("loadavg"), "0.50 0.40 0.30 2/180 " + pid + "\n");
    return this;
  }

  ProcTable table() {
    return new ProcTable(root);
  }
}
