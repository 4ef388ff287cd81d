package dev.preflight.run;

import dev.preflight.model.Output;

/**
 * A process started to run in the background (a {@code service:}), until {@link #stop()}.
 * Its output goes to the log file of its spec and, bounded, to {@link #stdout()} and {@link
 * #stderr()}, secrets masked as for any item.
 */
public interface Background {

  /** Null when it started; else why not, e.g. {@code command not found: redis-server}. */
  String notStarted();

  boolean alive();

  /** Its exit code once it exited, else null. */
  Integer exitCode();

  Output stdout();

  Output stderr();

  /** Stops its whole process tree, waits until it is gone and closes its log. Idempotent. */
  void stop();

  /** A process that never started. */
  static Background failed(String reason) {
    return new Background() {
      public String notStarted() {
        return reason;
      }

      public boolean alive() {
        return false;
      }

      public Integer exitCode() {
        return null;
      }

      public Output stdout() {
        return Output.EMPTY;
      }

      public Output stderr() {
        return Output.EMPTY;
      }

      public void stop() {}
    };
  }
}
