package dev.preflight.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened to one item.
 *
 * @param startedAt null when the item never started
 * @param exitCode null when no process exited (manual, skipped, timed out, could not start)
 * @param metrics parsed metrics in the parser's order
 * @param logFile null, or the file holding the item's complete output
 * @param notice null, or what a {@code notify} item said and to whom
 * @param signoffs the sign-offs that count for a manual item, oldest first; empty otherwise
 * @param waiver the waiver that made the item {@code waived}, or null
 */
public record ItemResult(
    Item item,
    Status status,
    Instant startedAt,
    Duration duration,
    Integer exitCode,
    int attempts,
    Map<String, Double> metrics,
    List<String> reasons,
    Output stdout,
    Output stderr,
    String logFile,
    Notice notice,
    List<Signoff> signoffs,
    Waiver waiver) {

  public ItemResult {
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    reasons = List.copyOf(reasons);
    signoffs = List.copyOf(signoffs);
  }

  /** A result as an item's run leaves it: no notice, sign-offs or waiver yet. */
  public ItemResult(Item item, Status status, Instant startedAt, Duration duration,
      Integer exitCode, int attempts, Map<String, Double> metrics, List<String> reasons,
      Output stdout, Output stderr, String logFile) {
    this(item, status, startedAt, duration, exitCode, attempts, metrics, reasons, stdout, stderr,
        logFile, null, List.of(), null);
  }

  /** A result for an item that was never started. */
  public static ItemResult notRun(Item item, Status status, String reason) {
    return new ItemResult(
        item, status, null, Duration.ZERO, null, 0, Map.of(), List.of(reason),
        Output.EMPTY, Output.EMPTY, null);
  }

  /** The same result with another status and reasons. */
  public ItemResult withStatus(Status status, List<String> reasons) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics, reasons,
        stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The same result over another span of time, e.g. every attempt of a retried item. */
  public ItemResult withTiming(Instant startedAt, Duration duration) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics, reasons,
        stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The same result with other reasons and log file, e.g. once secrets are masked. */
  public ItemResult withReasons(List<String> reasons, String logFile) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics, reasons,
        stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The same result carrying what a {@code notify} item said and to whom. */
  public ItemResult withNotice(Notice notice) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics, reasons,
        stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The same result as the item's sign-offs judge it: status, reasons and those that count. */
  public ItemResult withSignoffs(Status status, List<String> reasons, List<Signoff> signoffs) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics, reasons,
        stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The same result {@code waived} by {@code waiver}; its reasons stay. */
  public ItemResult waivedBy(Waiver waiver) {
    return new ItemResult(item, Status.WAIVED, startedAt, duration, exitCode, attempts, metrics,
        reasons, stdout, stderr, logFile, notice, signoffs, waiver);
  }

  /** The item's status as the gate sees it: warnings never block. */
  public boolean blocksGate() {
    return item.severity() == Severity.BLOCKER && status.blocksGate();
  }
}
