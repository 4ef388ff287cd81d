package dev.preflight.run;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * What Linux's /proc says about processes that {@link ProcessHandle} does not: session, group,
 * state (zombie or not), start time and the {@link Cookie} in the environment. Where there is no
 * /proc (macOS) every answer is empty, and callers fall back to what {@code ProcessHandle}
 * knows. Reads are single small files, so a process that exits meanwhile is merely missing.
 */
final class ProcTable {
  private static final byte[] VARIABLE =
      (Cookie.VARIABLE + "=").getBytes(StandardCharsets.US_ASCII);

  /** How long a look waits for a process's exec to finish; see {@link #cookie}. */
  static final Duration EXEC_WAIT = Duration.ofMillis(100);
  private static final long PF_KTHREAD = 0x00200000L;

  private final Path proc;
  private final String root;

  ProcTable() {
    this(Path.of("/proc"));
  }

  ProcTable(Path proc) {
    this.proc = proc;
    this.root = proc.toString() + "/";
  }

  /**
   * Fields 3 to 6 and 22 of /proc/PID/stat; {@code startTicks} counts clock ticks since boot, so
   * a pid taken again by a later process never has the same pid and start.
   */
  record Stat(long pid, char state, long ppid, long pgrp, long session, long startTicks) {
    boolean dead() {
      return dead(state);
    }

    /** A zombie, or a process being reaped. */
    static boolean dead(char state) {
      return state == 'Z' || state == 'X';
    }
  }

  boolean available() {
    return Files.isDirectory(proc.resolve("self"));
  }

  /** Every process's pid (threads are not listed), in no order; empty without /proc. */
  long[] pids() {
    String[] names = proc.toFile().list();
    if (names == null) {
      return new long[0];
    }
    long[] pids = new long[names.length];
    int n = 0;
    for (String name : names) {
      long pid = parsePid(name);
      if (pid > 0) {
        pids[n++] = pid;
      }
    }
    return Arrays.copyOf(pids, n);
  }

  /** The pid the kernel gave out last in our pid namespace (the 5th field of /proc/loadavg). */
  OptionalLong lastPid() {
    byte[] text = read("loadavg", 256);
    if (text == null) {
      return OptionalLong.empty();
    }
    String[] fields = new String(text, StandardCharsets.US_ASCII).trim().split(" ");
    long pid = fields.length == 5 ? parsePid(fields[4]) : -1;
    return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
  }

  Optional<Stat> stat(long pid) {
    String[] f = statFields(pid, 21);
    try {
      return f == null ? Optional.empty() : Optional.of(new Stat(pid, f[0].charAt(0),
          Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
          Long.parseLong(f[19])));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /** Dead but not yet reaped: {@code isAlive()} still says true, yet it can do nothing more. */
  boolean isZombie(long pid) {
    return stat(pid).map(Stat::dead).orElse(false);
  }

  /**
   * The value of {@value Cookie#VARIABLE} in the environment the process runs with; empty when
   * it has none, is gone, or is another user's (unreadable, and not ours to signal).
   *
   * <p>A process in the middle of an exec has no environment for a moment: the new program gets
   * one only once it is loaded, and until then /proc/PID/environ reads empty. Such a read is
   * taken again once the exec is through, waiting up to {@link #EXEC_WAIT}; else a double-forked
   * daemon caught between {@code setsid} and its program would slip through every look.
   */
  Optional<String> cookie(long pid) {
    byte[] env = environ(pid);
    if (env != null && env.length == 0) {
      env = environAfterExec(pid);
    }
    if (env == null) {
      return Optional.empty();
    }
    for (int start = 0; start < env.length; ) {
      int end = start;
      while (end < env.length && env[end] != 0) {
        end++;
      }
      if (startsWith(env, start, end, VARIABLE)) {
        int from = start + VARIABLE.length;
        return Optional.of(new String(env, from, end - from, StandardCharsets.US_ASCII));
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private byte[] environ(long pid) {
    return read(pid + "/environ", Integer.MAX_VALUE);
  }

  /** Polls after 0.1 ms, then doubling up to every 5 ms: an exec takes well under 1 ms. */
  private byte[] environAfterExec(long pid) {
    long deadline = System.nanoTime() + EXEC_WAIT.toNanos();
    long pause = 100_000L;
    while (inExec(pid) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, 5_000_000L);
    }
    return environ(pid); // also when the exec ended between the first read and the look
  }

  /**
   * Whether a living user process has memory without an environment yet: field 51 of its stat
   * (env_end, Linux 3.5 and later) is 0. Kernel threads (flag PF_KTHREAD in field 9) never get
   * one.
   */
  private boolean inExec(long pid) {
    String[] f = statFields(pid, 50);
    if (f == null || f.length < 49 || Stat.dead(f[0].charAt(0))) {
      return false;
    }
    try {
      return (Long.parseLong(f[6]) & PF_KTHREAD) == 0 && f[48].equals("0");
    } catch (NumberFormatException malformed) {
      return false;
    }
  }

  /**
   * The fields of /proc/PID/stat from the third (state) on, at most {@code limit} of them (the
   * last holds the rest of the line), so that a look at hundreds of processes splits no more
   * than it reads; null when the file cannot be read.
   */
  private String[] statFields(long pid, int limit) {
    byte[] bytes = read(pid + "/stat", 1024);
    if (bytes == null) {
      return null;
    }
    String line = new String(bytes, StandardCharsets.US_ASCII).trim();
    // comm (field 2) may hold spaces and parentheses; the fields after its last ')' are fixed
    int close = line.lastIndexOf(')');
    if (close < 0 || close + 2 > line.length()) {
      return null;
    }
    return line.substring(close + 2).split(" ", limit);
  }

  private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    return Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
  }

  /** The file's bytes, up to {@code limit}; null when it cannot be read. */
  private byte[] read(String file, int limit) {
    try (FileInputStream in = new FileInputStream(root + file)) {
      return in.readNBytes(limit);
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }

  private static long parsePid(String name) {
    if (name.isEmpty() || name.length() > 18) {
      return -1;
    }
    long pid = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      pid = pid * 10 + (c - '0');
    }
    return pid;
  }
}
