package dev.preflight.run;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/** Copies a child's output stream into a capture on its own thread, so neither pipe can fill. */
final class Pump {
  private static final int CHUNK = 64 * 1024; // a Linux pipe's default capacity

  private Pump() {}

  /**
   * A daemon thread: a pipe held open by an escaped grandchild would otherwise keep the JVM alive
   * after the run, while the output is already taken.
   */
  static Thread start(InputStream in, BoundedCapture sink, String name) {
    Thread thread = new Thread(() -> copy(in, sink), name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void copy(InputStream in, BoundedCapture sink) {
    byte[] chunk = new byte[CHUNK];
    try (in) {
      for (int n; (n = in.read(chunk)) != -1; ) {
        sink.write(chunk, 0, n);
      }
    } catch (IOException closed) {
      // the stream ends here; what was read is in the capture
    }
  }

  /** Waits until every pump reached end of stream or {@code limit} passed; true if all did. */
  static boolean await(List<Thread> pumps, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    try {
      for (Thread pump : pumps) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          pump.join(Duration.ofNanos(left).toMillis() + 1);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller is stopping; output so far will do
    }
    return pumps.stream().noneMatch(Thread::isAlive);
  }
}
