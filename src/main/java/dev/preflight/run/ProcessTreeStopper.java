package dev.preflight.run;

import dev.preflight.run.ProcTable.Stat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Stops a started item and everything it started: SIGTERM first, then SIGKILL for whatever is left
 * after a grace period. Called when an item times out or the run is interrupted, and after every
 * item's exit, when it mostly finds nothing and costs no more than {@link TreeMembers}' look.
 *
 * <p>Defaults: 2 s grace; the wait ends early once every process is gone (checked after 1 ms,
 * then ever less often, up to every 20 ms). Zombies count as gone.
 *
 * <p>Which processes: the {@link TreeMembers} of the tree, which the item's {@link Cookie}
 * decides. The root goes first. Each round looks again, since a process may fork between the
 * look and its signal; a process is signalled through a {@link ProcessHandle} taken while its
 * start time still matched the look, and the JDK checks that start time again when it signals,
 * so a pid taken by a newer process is never hit. Without /proc (macOS) the root and its
 * descendants are all that can be found.
 */
public final class ProcessTreeStopper {
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(2);
  private static final Duration KILL_WAIT = Duration.ofSeconds(1);
  private static final int KILL_ROUNDS = 5;

  private final Duration grace;
  private final ProcTable table;
  private final TreeMembers members;

  public ProcessTreeStopper() {
    this(DEFAULT_GRACE);
  }

  public ProcessTreeStopper(Duration grace) {
    this(grace, new ProcTable());
  }

  ProcessTreeStopper(Duration grace, ProcTable table) {
    this.grace = grace;
    this.table = table;
    this.members = new TreeMembers(table, System::nanoTime);
  }

  void stop(ProcessTree tree) {
    stop(List.of(tree));
  }

  /** Stops several trees together, so that n trees cost one grace period, not n. */
  void stop(Collection<ProcessTree> trees) {
    if (!trees.isEmpty()) {
      stop(() -> living(trees));
    }
  }

  /**
   * Stops every process marked with a cookie of {@code run}: what escaped the items' stops.
   *
   * @param startTicks when the run's first item started (/proc/PID/stat ticks): nothing older
   *     can carry its cookies
   */
  void stopRun(String run, long startTicks) {
    stop(() -> handles(members.ofRun(run, startTicks), null));
  }

  /** A process to signal, and the start time it had when found (0 when unknown). */
  private record Target(ProcessHandle handle, long startTicks) {}

  private void stop(Supplier<List<Target>> look) {
    // Finish stopping even when interrupted (leaving processes behind is worse than a late
    // interrupt), then hand the interrupt back.
    boolean interrupted = Thread.interrupted();
    try {
      interrupted |= stopAll(look);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Returns whether the thread was interrupted meanwhile. */
  private boolean stopAll(Supplier<List<Target>> look) {
    List<Target> targets = look.get();
    if (targets.isEmpty()) {
      return false;
    }
    targets.forEach(t -> t.handle().destroy());
    boolean interrupted = awaitGone(targets, grace);
    for (int round = 0; round < KILL_ROUNDS; round++) {
      Map<Long, Target> left = new LinkedHashMap<>();
      targets.stream().filter(this::alive).forEach(t -> left.put(t.handle().pid(), t));
      look.get().forEach(t -> left.putIfAbsent(t.handle().pid(), t));
      if (left.isEmpty()) {
        break;
      }
      left.values().forEach(t -> t.handle().destroyForcibly());
      targets = List.copyOf(left.values());
      interrupted |= awaitGone(targets, KILL_WAIT);
    }
    return interrupted;
  }

  /** The living processes of the trees, each tree's root first. */
  private List<Target> living(Collection<ProcessTree> trees) {
    List<Target> found = new ArrayList<>();
    if (!table.available()) {
      for (ProcessTree tree : trees) {
        found.add(new Target(tree.root(), 0));
        tree.root().descendants().forEach(h -> found.add(new Target(h, 0)));
      }
      found.removeIf(t -> !t.handle().isAlive());
      return found;
    }
    Map<ProcessTree, List<Stat>> byTree = members.of(trees);
    for (ProcessTree tree : trees) {
      found.addAll(handles(byTree.getOrDefault(tree, List.of()), tree.root()));
    }
    return found;
  }

  /** Handles for the processes found; {@code root}, when among them, comes first. */
  private List<Target> handles(List<Stat> processes, ProcessHandle root) {
    List<Target> targets = new ArrayList<>();
    for (Stat s : processes) {
      if (root != null && s.pid() == root.pid()) {
        targets.add(0, new Target(root, s.startTicks())); // our child: the JDK knows it exactly
        continue;
      }
      Optional<ProcessHandle> handle = ProcessHandle.of(s.pid());
      // the handle holds the start time of whoever has the pid now: the one we looked at?
      if (handle.isPresent() && sameProcess(s)) {
        targets.add(new Target(handle.get(), s.startTicks()));
      }
    }
    return targets;
  }

  private boolean sameProcess(Stat seen) {
    return table.stat(seen.pid()).map(now -> now.startTicks() == seen.startTicks())
        .orElse(false);
  }

  private boolean alive(Target t) {
    if (t.startTicks() == 0) {
      return t.handle().isAlive() && !table.isZombie(t.handle().pid());
    }
    return table.stat(t.handle().pid())
        .map(now -> now.startTicks() == t.startTicks() && !now.dead())
        .orElse(false);
  }

  /** Polls after 1 ms, then doubling up to every 20 ms: most processes die at once. */
  private boolean awaitGone(List<Target> targets, Duration limit) {
    boolean interrupted = false;
    long deadline = System.nanoTime() + limit.toNanos();
    long pause = 1_000_000L;
    while (targets.stream().anyMatch(this::alive) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, 20_000_000L);
      interrupted |= Thread.interrupted(); // cleared, or every later park would return at once
    }
    return interrupted;
  }
}
