package dev.preflight.run;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process trees running right now, so that an interrupted run can stop them all: call {@link
 * #stopAll()} on SIGINT/SIGTERM and from a JVM shutdown hook.
 *
 * <p>Defaults: stops with a {@link ProcessTreeStopper} of 2 s grace. After {@code stopAll()} the
 * registry stays closed: a process that starts later is stopped as soon as it registers.
 */
public final class ProcessRegistry {
  private final ProcessTreeStopper stopper;
  private final Set<ProcessTree> live = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  public ProcessRegistry() {
    this(new ProcessTreeStopper());
  }

  public ProcessRegistry(ProcessTreeStopper stopper) {
    this.stopper = stopper;
  }

  /**
   * Stops every registered tree (all in one grace period) and refuses new ones. Blocks until they
   * are gone; safe to call more than once and from any thread.
   */
  public void stopAll() {
    closed = true; // before the snapshot: a tree added after it sees closed and stops itself
    stopper.stop(List.copyOf(live));
  }

  /** Whether {@link #stopAll()} was called: outcomes from now on reflect our kill, not the item. */
  public boolean stopping() {
    return closed;
  }

  /** How many trees are running now. */
  public int size() {
    return live.size();
  }

  /** Returns false when the registry is closed; the caller must then stop the tree itself. */
  boolean register(ProcessTree tree) {
    live.add(tree);
    if (closed) {
      live.remove(tree);
      return false;
    }
    return true;
  }

  void unregister(ProcessTree tree) {
    live.remove(tree);
  }
}
