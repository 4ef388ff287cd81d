package dev.preflight.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process trees of one run: hands out each start's {@link Cookie}, knows the trees running
 * right now so that an interrupted run can stop them all, and makes sure nothing of the run
 * outlives it. Call {@link #stopAll()} on SIGINT/SIGTERM, and {@link #close()} when the run is
 * over.
 *
 * <p>Defaults: stops with a {@link ProcessTreeStopper} of 2 s grace. After {@code stopAll()} the
 * registry stays closed: a process that starts later is stopped as soon as it registers. The
 * first cookie starts an {@link OrphanReaper}, which kills every process marked with this run's
 * cookies should this JVM die without stopping them; {@code close()} stops whatever still
 * carries one (one look at all of /proc) and lets the reaper go.
 */
public final class ProcessRegistry implements AutoCloseable {
  private final ProcessTreeStopper stopper;
  private final OrphanReaper reaper;
  private final String run = Cookie.newRun();
  private final AtomicLong starts = new AtomicLong();
  private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE); // clock ticks, see stopRun
  private final Set<ProcessTree> live = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  public ProcessRegistry() {
    this(new ProcessTreeStopper());
  }

  public ProcessRegistry(ProcessTreeStopper stopper) {
    this(stopper, new OrphanReaper(SubprocessRunner.findSetsid()));
  }

  ProcessRegistry(ProcessTreeStopper stopper, OrphanReaper reaper) {
    this.stopper = stopper;
    this.reaper = reaper;
  }

  /**
   * The cookie for the next process to start, named after what it is for (an item id). The
   * reaper runs before this returns, so the process is watched from its first instant.
   */
  Cookie cookie(String name) {
    reaper.watch(run);
    return new Cookie(run, name, starts.incrementAndGet());
  }

  /**
   * Stops every registered tree (all in one grace period) and refuses new ones. Blocks until they
   * are gone; safe to call more than once and from any thread.
   */
  public void stopAll() {
    closed = true; // before the snapshot: a tree added after it sees closed and stops itself
    stopper.stop(List.copyOf(live));
  }

  /**
   * Stops whatever still runs, as {@link #stopAll()}, and whatever still carries one of the run's
   * cookies, then lets the reaper go: with nothing left to kill it exits at once. Call it once
   * the run is over; safe to call more than once.
   */
  @Override
  public void close() {
    stopAll();
    if (starts.get() > 0) {
      stopper.stopRun(run, firstStart.get());
    }
    reaper.close();
  }

  /** Whether {@link #stopAll()} was called: outcomes from now on reflect our kill, not the item. */
  public boolean stopping() {
    return closed;
  }

  /** How many trees are running now. */
  public int size() {
    return live.size();
  }

  /**
   * Returns false when the registry is closed; the caller must then stop the tree itself and
   * {@link #unregister} it.
   */
  boolean register(ProcessTree tree) {
    firstStart.accumulateAndGet(tree.startTicks(), Math::min);
    live.add(tree);
    if (closed) {
      live.remove(tree);
      return false;
    }
    return true;
  }

  /** The tree is stopped: it is no longer ours to stop. */
  void unregister(ProcessTree tree) {
    live.remove(tree);
  }

  /** The reaper process, once started. */
  Optional<ProcessHandle> reaper() {
    return reaper.process();
  }
}
