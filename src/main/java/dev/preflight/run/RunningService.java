package dev.preflight.run;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A service that is up, or one that failed to come up ({@link #failure()} not null). Once up, it
 * stays up until {@link #stop()}, which gives its result: {@code pass} over the time it was up,
 * or {@code fail} when it had exited by itself while items still needed it.
 */
public final class RunningService {
  private final Item item;
  private final Background process;
  private final Instant startedAt;
  private final long startNanos;
  private final Duration readyAfter;
  private final String log;
  private final SecretMasker secrets;
  private final ItemResult failure;

  RunningService(Item item, Background process, Instant startedAt, long startNanos,
      Duration readyAfter, String log, SecretMasker secrets) {
    this.item = item;
    this.process = process;
    this.startedAt = startedAt;
    this.startNanos = startNanos;
    this.readyAfter = readyAfter;
    this.log = log;
    this.secrets = secrets;
    this.failure = null;
  }

  private RunningService(ItemResult failure) {
    this.item = failure.item();
    this.process = null;
    this.startedAt = failure.startedAt();
    this.startNanos = 0;
    this.readyAfter = null;
    this.log = failure.logFile();
    this.secrets = SecretMasker.NONE;
    this.failure = failure;
  }

  static RunningService failed(ItemResult result) {
    return new RunningService(result);
  }

  public Item item() {
    return item;
  }

  /** Null when the service came up; else its result, already final. */
  public ItemResult failure() {
    return failure;
  }

  /** Whether it is still running (false for one that never came up). */
  public boolean alive() {
    return process != null && process.alive();
  }

  /**
   * Stops it with its whole tree and returns its result.
   *
   * @param diedEarly whether it had exited by itself while items still needed it
   */
  public ItemResult stop(boolean diedEarly) {
    if (failure != null) {
      return failure;
    }
    process.stop();
    Duration up = Duration.ofNanos(System.nanoTime() - startNanos);
    if (diedEarly) {
      return ServiceStarter.ended(item, process, startedAt, up, log,
          secrets.mask("exited with code " + process.exitCode() + " while items still needed it"));
    }
    return new ItemResult(item, Status.PASS, startedAt, up, null, 1,
        Map.of("ready_ms", (double) readyAfter.toMillis()), List.of(), process.stdout(),
        process.stderr(), log);
  }
}
