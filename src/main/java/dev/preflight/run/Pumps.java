package dev.preflight.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Copies a started process's stdout and stderr, a pipe's worth (64 KiB) at a time, into two
 * {@link BoundedCapture}s and the log, masked on the way so that neither ever holds a secret;
 * with a bounded wait for the ends of both pipes.
 *
 * <p>The copying runs on threads of a shared pool: starting two threads for each item cost
 * more than the rest of its supervision. A pipe held open by an escaped grandchild keeps its
 * pump waiting until the stopper has killed the holder.
 */
final class Pumps {
  private static final int CHUNK = 64 * 1024; // a Linux pipe's capacity

  final BoundedCapture stdout = new BoundedCapture();
  final BoundedCapture stderr = new BoundedCapture();
  private final OutputStream out;
  private final OutputStream err;
  private final CountDownLatch ended = new CountDownLatch(2);

  Pumps(OutputLog log, SecretMasker secrets) {
    this.out = secrets.maskingStream(log.alongside(stdout));
    this.err = secrets.maskingStream(log.alongside(stderr));
  }

  /** Starts copying the process's two output pipes on {@code threads}. */
  void start(Process process, Executor threads) {
    threads.execute(() -> copy(process.getInputStream(), out));
    threads.execute(() -> copy(process.getErrorStream(), err));
  }

  private void copy(InputStream in, OutputStream to) {
    byte[] chunk = new byte[CHUNK];
    try (in) {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        to.write(chunk, 0, n);
      }
    } catch (IOException e) {
      // the pipe was closed under us (the JDK does that once the process is reaped and the
      // pipe drained); what was read is kept
    } finally {
      ended.countDown();
    }
  }

  /** Waits until both pipes reached end of file or {@code limit} passed; true if they did. */
  boolean await(Duration limit) {
    try {
      return ended.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller is stopping; output so far will do
      return ended.getCount() == 0;
    }
  }

  /**
   * Passes on what was held back (bytes that might begin a secret, a log line not yet ended).
   * A pump still running after this writes nowhere: the captures and the log are taken.
   */
  void release() {
    for (OutputStream stream : List.of(out, err)) {
      try {
        stream.close();
      } catch (IOException e) {
        // the captures are in memory and the log reports its own problems
      }
    }
  }
}
