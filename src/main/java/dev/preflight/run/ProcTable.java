package dev.preflight.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Linux's /proc says about processes that {@link ProcessHandle} does not: session, state
 * (zombie or not) and open pipes. Where there is no /proc (macOS) every answer is empty, and
 * callers fall back to what {@code ProcessHandle} knows.
 */
final class ProcTable {
  private final Path proc;

  ProcTable() {
    this(Path.of("/proc"));
  }

  ProcTable(Path proc) {
    this.proc = proc;
  }

  /** Fields 3 to 6 and 22 of /proc/PID/stat; {@code startTicks} counts clock ticks since boot. */
  record Stat(char state, long ppid, long pgrp, long session, long startTicks) {}

  Optional<Stat> stat(long pid) {
    try {
      String line = Files.readString(proc.resolve(pid + "/stat"));
      // comm (field 2) may hold spaces and parentheses; the fields after its last ')' are fixed
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Optional.of(new Stat(f[0].charAt(0), Long.parseLong(f[1]), Long.parseLong(f[2]),
          Long.parseLong(f[3]), Long.parseLong(f[19])));
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }

  /** Dead but not yet reaped: {@code isAlive()} still says true, yet it can do nothing more. */
  boolean isZombie(long pid) {
    return stat(pid).map(s -> s.state() == 'Z' || s.state() == 'X').orElse(false);
  }

  /** The pipes behind fds 1 and 2 of a process, as {@code pipe:[inode]}. */
  Set<String> outputPipes(long pid) {
    Set<String> pipes = new HashSet<>();
    for (int fd = 1; fd <= 2; fd++) {
      link(proc.resolve(pid + "/fd/" + fd))
          .filter(l -> l.startsWith("pipe:"))
          .ifPresent(pipes::add);
    }
    return pipes;
  }

  /**
   * Every process in session {@code session} (ignored when 0), or started at {@code startTicks}
   * or later and holding one of {@code pipes} open. The start bound keeps out an older process
   * that was merely handed the pipe (ssh's ControlMaster receives its clients' stdio). Processes
   * of other users are unreadable and skipped: we could not signal them anyway.
   */
  List<Long> members(long session, Set<String> pipes, long startTicks) {
    List<Long> found = new ArrayList<>();
    if (session == 0 && pipes.isEmpty()) {
      return found;
    }
    try (DirectoryStream<Path> all = Files.newDirectoryStream(proc, "[0-9]*")) {
      for (Path dir : all) {
        long pid = pidOf(dir);
        if (pid <= 0) {
          continue;
        }
        Optional<Stat> stat = stat(pid);
        boolean inSession = session != 0 && stat.map(s -> s.session() == session).orElse(false);
        boolean young = stat.map(s -> s.startTicks() >= startTicks).orElse(false);
        if (inSession || (young && !pipes.isEmpty() && holdsAny(dir, pipes))) {
          found.add(pid);
        }
      }
    } catch (IOException | RuntimeException noProc) {
      // no /proc, or it vanished mid-scan: report what was found
    }
    return found;
  }

  private static long pidOf(Path dir) {
    String name = dir.getFileName().toString();
    return name.chars().allMatch(Character::isDigit) ? Long.parseLong(name) : -1;
  }

  private boolean holdsAny(Path dir, Set<String> pipes) {
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
      for (Path fd : fds) {
        if (link(fd).filter(pipes::contains).isPresent()) {
          return true;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // another user's process, or it exited while we looked
    }
    return false;
  }

  private static Optional<String> link(Path path) {
    try {
      return Optional.of(Files.readSymbolicLink(path).toString());
    } catch (IOException | RuntimeException gone) {
      return Optional.empty();
    }
  }
}
