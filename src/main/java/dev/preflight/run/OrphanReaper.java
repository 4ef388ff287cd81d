package dev.preflight.run;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A watchdog process that kills the items' process groups when preflight dies without stopping
 * them: SIGKILL, the OOM killer, a JVM crash, the paths on which no Java code runs.
 *
 * <p>It is {@code /bin/sh} running {@link #SCRIPT}, started through setsid so that the terminal's
 * Ctrl-C does not reach it, and ignoring INT, TERM and HUP. It reads lines from a pipe that only
 * this JVM holds: {@code +PGID} when an item's group starts, {@code -PGID} once it is stopped.
 * When the pipe ends, because {@link #close()} closed it or the JVM died, it sends TERM to every
 * group still listed, KILL a second later, and exits; after an orderly stop the list is empty and
 * it exits at once.
 *
 * <p>Started on the first {@link #watch}. Without setsid there is none: items then get no group
 * of their own either (macOS). If it cannot be started or dies, items run as before, without
 * this backstop. Started with {@link ProcessBuilder}, not zt-exec: its stdin must stay an open
 * pipe for as long as the JVM lives, where zt-exec closes it at start or feeds it from a thread.
 */
final class OrphanReaper implements AutoCloseable {
  static final String SCRIPT = """
      trap '' INT TERM HUP
      groups=
      while IFS= read -r line; do
        case $line in
          [+-]*[!0-9]*) ;;
          +?*) groups="$groups ${line#+}" ;;
          -?*) kept=
               for g in $groups; do [ "$g" = "${line#-}" ] || kept="$kept $g"; done
               groups=$kept ;;
        esac
      done
      alive=
      for g in $groups; do kill -s TERM -- "-$g" 2>/dev/null && alive=1; done
      [ -n "$alive" ] || exit 0
      sleep 1
      for g in $groups; do kill -s KILL -- "-$g" 2>/dev/null; done
      """;
  private static final long EXIT_WAIT_SECONDS = 3;

  private final Optional<Path> setsid;
  private Process process; // null until the first watch, and when it could not be started
  private OutputStream pipe; // null when not started, closed, or broken
  private boolean closed;

  OrphanReaper(Optional<Path> setsid) {
    this.setsid = setsid;
  }

  /** Kill process group {@code pgid} should this JVM die; 0 (no group of its own) is ignored. */
  synchronized void watch(long pgid) {
    if (pgid <= 0 || closed || setsid.isEmpty()) {
      return;
    }
    if (process == null) {
      start();
    }
    send("+" + pgid);
  }

  /** Group {@code pgid} is stopped: leave it alone from now on. */
  synchronized void forget(long pgid) {
    if (pgid > 0) {
      send("-" + pgid);
    }
  }

  /** The reaper process, once started. */
  synchronized Optional<ProcessHandle> process() {
    return Optional.ofNullable(process).map(Process::toHandle);
  }

  /** Ends the pipe, so the reaper kills what is still listed and exits; waits up to 3 s for it. */
  @Override
  public synchronized void close() {
    closed = true;
    if (pipe != null) {
      try {
        pipe.close();
      } catch (IOException e) {
        // it is gone already
      }
      pipe = null;
    }
    if (process != null) {
      try {
        process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void start() {
    ProcessBuilder builder = new ProcessBuilder(setsid.get().toString(), "/bin/sh", "-c", SCRIPT)
        .directory(new File("/")) // pins no directory of the user's
        .redirectOutput(Redirect.DISCARD)
        .redirectError(Redirect.DISCARD); // no pipe of ours to hold open
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    try {
      process = builder.start();
      pipe = process.getOutputStream();
    } catch (IOException e) {
      closed = true; // no backstop; items run as they would without setsid's groups being watched
    }
  }

  /** One write per line: under PIPE_BUF, so even a JVM killed mid-way leaves no half line. */
  private void send(String line) {
    if (pipe == null) {
      return;
    }
    try {
      pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
      pipe.flush();
    } catch (IOException e) {
      pipe = null; // the reaper died; nothing to tell any more
    }
  }
}
