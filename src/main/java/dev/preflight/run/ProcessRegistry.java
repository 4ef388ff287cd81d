package dev.preflight.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process trees running right now, so that an interrupted run can stop them all: call {@link
 * #stopAll()} on SIGINT/SIGTERM and from a JVM shutdown hook, and {@link #close()} when the run is
 * over.
 *
 * <p>Defaults: stops with a {@link ProcessTreeStopper} of 2 s grace. After {@code stopAll()} the
 * registry stays closed: a process that starts later is stopped as soon as it registers. Every
 * tree with a process group of its own is also told to an {@link OrphanReaper}, started with the
 * first one, which kills the groups still running should this JVM die without stopping them.
 */
public final class ProcessRegistry implements AutoCloseable {
  private final ProcessTreeStopper stopper;
  private final OrphanReaper reaper;
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
   * Stops every registered tree (all in one grace period) and refuses new ones. Blocks until they
   * are gone; safe to call more than once and from any thread.
   */
  public void stopAll() {
    closed = true; // before the snapshot: a tree added after it sees closed and stops itself
    List<ProcessTree> trees = List.copyOf(live);
    stopper.stop(trees);
    trees.forEach(tree -> reaper.forget(tree.session()));
  }

  /**
   * Stops whatever still runs, as {@link #stopAll()}, then lets the reaper go: with nothing left
   * to kill it exits at once. Call it once the run is over; safe to call more than once.
   */
  @Override
  public void close() {
    stopAll();
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
   * {@link #unregister} it. A tree counted by {@link #size()} is known to the reaper.
   */
  boolean register(ProcessTree tree) {
    reaper.watch(tree.session());
    live.add(tree);
    if (closed) {
      live.remove(tree);
      return false;
    }
    return true;
  }

  /** The tree is stopped: it is no longer ours to stop, nor the reaper's. */
  void unregister(ProcessTree tree) {
    live.remove(tree);
    reaper.forget(tree.session());
  }

  /** The reaper process, once started. */
  Optional<ProcessHandle> reaper() {
    return reaper.process();
  }
}
