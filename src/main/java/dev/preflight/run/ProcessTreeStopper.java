package dev.preflight.run;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops a started item and everything it started: SIGTERM first, then SIGKILL for whatever is left
 * after a grace period.
 *
 * <p>Defaults: 2 s grace; the wait ends early once every process is gone. Zombies count as gone.
 *
 * <p>Which processes: the root's descendants (snapshot before anything is signalled, since
 * orphans are re-parented to init), every process of the session the root leads (catches
 * background jobs that outlived their parent), and every process holding the item's stdout or
 * stderr pipe (catches a double fork plus {@code setsid}, which leaves both tree and session).
 * Not caught: a daemon that double-forks, leaves the session <em>and</em> points its stdio
 * elsewhere; nothing short of cgroups or an environment marker links it back to the item, and
 * the child's environment is the user's, not ours.
 */
public final class ProcessTreeStopper {
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
  private static final Duration KILL_WAIT = Duration.ofSeconds(1);
  private static final int KILL_ROUNDS = 5;

  private final Duration grace;
  private final ProcTable table;

  public ProcessTreeStopper() {
    this(DEFAULT_GRACE);
  }

  public ProcessTreeStopper(Duration grace) {
    this(grace, new ProcTable());
  }

  ProcessTreeStopper(Duration grace, ProcTable table) {
    this.grace = grace;
    this.table = table;
  }

  void stop(ProcessTree tree) {
    stop(List.of(tree));
  }

  /** Stops several trees together, so that n trees cost one grace period, not n. */
  void stop(Collection<ProcessTree> trees) {
    // Finish stopping even when interrupted (leaving processes behind is worse than a late
    // interrupt), then hand the interrupt back.
    boolean interrupted = Thread.interrupted();
    try {
      interrupted |= stopAll(trees);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns whether the thread was interrupted meanwhile. */
  private boolean stopAll(Collection<ProcessTree> trees) {
    Set<ProcessHandle> targets = livingMembers(trees);
    if (targets.isEmpty()) {
      return false;
    }
    targets.forEach(ProcessHandle::destroy);
    boolean interrupted = awaitGone(targets, grace);
    // Re-scan each round: a process may have forked between the snapshot and its signal.
    for (int round = 0; round < KILL_ROUNDS; round++) {
      Set<ProcessHandle> left = livingMembers(trees);
      targets.stream().filter(this::alive).forEach(left::add);
      if (left.isEmpty()) {
        break;
      }
      left.forEach(ProcessHandle::destroyForcibly);
      interrupted |= awaitGone(left, KILL_WAIT);
    }
    return interrupted;
  }

  /**
   * The root first, then the rest. A shell whose current command is killed before the shell
   * itself goes on with the next line of its script ({@code tests; deploy} would start deploy),
   * and with {@code wait} even exits 0; the descendants were snapshotted, so orphaning them for
   * the moment between two signals loses nothing.
   */
  private Set<ProcessHandle> livingMembers(Collection<ProcessTree> trees) {
    Set<ProcessHandle> found = new LinkedHashSet<>();
    for (ProcessTree tree : trees) {
      found.add(tree.root());
      tree.root().descendants().forEach(found::add);
      long session = tree.sessionIsOurs() ? tree.session() : 0;
      for (long pid : table.members(session, tree.pipes(), tree.startTicks())) {
        ProcessHandle.of(pid).ifPresent(found::add);
      }
    }
    found.removeIf(h -> !alive(h) || isUs(h));
    return found;
  }

  private static boolean isUs(ProcessHandle h) {
    ProcessHandle self = ProcessHandle.current();
    return h.equals(self) || self.parent().map(h::equals).orElse(false) || h.pid() == 1;
  }

  private boolean alive(ProcessHandle h) {
    return h.isAlive() && !table.isZombie(h.pid());
  }

  private boolean awaitGone(Set<ProcessHandle> targets, Duration limit) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + limit.toNanos();
    while (targets.stream().anyMatch(this::alive) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(20_000_000L);
      interrupted |= Thread.interrupted(); // cleared, or every later park would return at once
    }
    return interrupted;
  }
}
