package dev.preflight.run;

/**
 * One started item, as {@link ProcessTreeStopper} needs to know it: what to signal first, and
 * how to tell its other processes from everyone else's.
 *
 * <p>A class, not a record: two starts are two trees however alike, so the registry's set hashes
 * them by identity. (A record's generated {@code hashCode} would also cost the first start tens
 * of milliseconds of method-handle set-up.)
 */
final class ProcessTree {
  private final ProcessHandle root;
  private final Cookie cookie;
  private final long startTicks;
  private final long startNanos;

  /**
   * @param root the process preflight started; signalled first, so that a shell cannot go on
   *     with the next line of its script once its current command is killed
   * @param cookie in the environment of the root and of everything it starts: decides membership
   * @param startTicks when the root started (/proc/PID/stat field 22), 0 if unknown: older
   *     processes cannot carry the cookie, so their environment need not be read
   * @param startNanos when it was started ({@link System#nanoTime()}): how far the kernel may
   *     have moved on since, see {@link TreeMembers}
   */
  ProcessTree(ProcessHandle root, Cookie cookie, long startTicks, long startNanos) {
    this.root = root;
    this.cookie = cookie;
    this.startTicks = startTicks;
    this.startNanos = startNanos;
  }

  /** Read right after start; a root that is gone already leaves the start time unknown. */
  static ProcessTree of(ProcessHandle root, Cookie cookie, ProcTable table) {
    long nanos = System.nanoTime();
    long ticks = table.stat(root.pid()).map(ProcTable.Stat::startTicks).orElse(0L);
    return new ProcessTree(root, cookie, ticks, nanos);
  }

  ProcessHandle root() {
    return root;
  }

  Cookie cookie() {
    return cookie;
  }

  long startTicks() {
    return startTicks;
  }

  long startNanos() {
    return startNanos;
  }
}
