package dev.preflight.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Path dir = root.resolve(Long.toString(pid));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("stat"), pid + " (" + comm + ") " + state + " " + ppid + " "
        + pgrp + " " + session + " 0 -1 4194304 0 0 0 0 0 0 0 0 20 0 1 0 " + startTicks
        + " 0 0 18446744073709551615\n");
    StringBuilder environ = new StringBuilder();
    for (String entry : List.of(env)) {
      environ.append(entry).append('\0');
    }
    Files.write(dir.resolve("environ"), environ.toString().getBytes(StandardCharsets.UTF_8));
    return this;
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
