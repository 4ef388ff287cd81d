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
 * A watchdog process that kills the items' processes when preflight dies without stopping them:
 * SIGKILL, the OOM killer, a JVM crash, the paths on which no Java code runs.
 *
 * <p>It is {@code /bin/sh} running {@link #SCRIPT}, started through setsid so that the terminal's
 * Ctrl-C does not reach it, and ignoring INT, TERM and HUP. It waits for the end of a pipe that
 * only this JVM holds. After an orderly {@link #close()}, which writes {@code done} first, it
 * exits at once. When the pipe ends otherwise, the JVM died: it finds every process whose
 * environment carries a {@link Cookie} of the run ({@code grep -z} over /proc/PID/environ, so a
 * {@code setsid} grandchild and a double-forked daemon are found as surely as the item's shell),
 * sends TERM to each and to the process group each leads, looks again a second later and sends
 * KILL, up to three times, and exits once a look finds nothing. The second look is taken even
 * when the first found nothing: a process in the middle of an exec has an empty environment for
 * that moment.
 *
 * <p>Started on the first {@link #watch}. Without setsid there is none (macOS, which has no
 * /proc to look in either). If it cannot be started or dies, items run as before, without this
 * backstop. Started with {@link ProcessBuilder}, its stdin a pipe that stays open for as long as
 * the JVM lives.
 */
final class OrphanReaper implements AutoCloseable {
  static final String SCRIPT = """
      trap '' INT TERM HUP
      last=
      while IFS= read -r line; do last=$line; done
      [ "$last" = done ] && exit 0
      signal() {
        found=
        for f in $(grep -lsz "^$1" /proc/[0-9]*/environ); do
          p=${f#/proc/}; p=${p%/environ}
          read -r stat < "/proc/$p/stat" 2>/dev/null || continue
          set -- "$1" "$2" ${stat##*) }
          [ "$5" = "$p" ] && kill -s "$2" -- "-$p" 2>/dev/null
          kill -s "$2" "$p" 2>/dev/null && found=1
        done
        [ -n "$found" ]
      }
      signal "$1" TERM
      for round in 1 2 3; do
        sleep 1
        signal "$1" KILL || exit 0
      done
      """;
  private static final long EXIT_WAIT_SECONDS = 3;

  private final Optional<Path> setsid;
  private Process process; // null until the first watch, and when it could not be started
  private OutputStream pipe; // null when not started, closed, or broken
  private boolean closed;

  OrphanReaper(Optional<Path> setsid) {
    this.setsid = setsid;
  }

  /** Kill every process marked with a cookie of {@code run} should this JVM die. */
  synchronized void watch(String run) {
    if (process != null || closed || setsid.isEmpty()) {
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(setsid.get().toString(), "/bin/sh", "-c", SCRIPT,
        "preflight-reaper", Cookie.VARIABLE + "=" + run + "/")
        .directory(new File("/")) // pins no directory of the user's
        .redirectOutput(Redirect.DISCARD)
        .redirectError(Redirect.DISCARD); // no pipe of ours to hold open
    builder.environment().clear(); // and no cookie of its own
    builder.environment().put("PATH", "/usr/bin:/bin");
    try {
      process = builder.start();
      pipe = process.getOutputStream();
    } catch (IOException e) {
      closed = true; // no backstop; items run as they would without it
    }
  }

  /** The reaper process, once started. */
  synchronized Optional<ProcessHandle> process() {
    return Optional.ofNullable(process).map(Process::toHandle);
  }

  /** Tells the reaper all is stopped and ends the pipe; waits up to 3 s for it to exit. */
  @Override
  public synchronized void close() {
    closed = true;
    if (pipe != null) {
      try {
        pipe.write("done\n".getBytes(StandardCharsets.US_ASCII));
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
}
