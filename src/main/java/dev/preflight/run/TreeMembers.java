package dev.preflight.run;

import dev.preflight.run.ProcTable.Stat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;

/**
 * Which living processes belong to which started item, from one look at /proc.
 *
 * <p>A process belongs to an item when its environment carries the item's {@link Cookie}, or
 * when it is linked to such a process: its child (started no earlier than the parent), or a
 * member of a session or process group that such a process leads. The links catch a process
 * that wrote over its environment (setproctitle) while its parent or leader still lives. Pids,
 * sessions and groups only ever lead from a marked process that is alive in the same look, so a
 * number the kernel handed out again cannot bring in someone else's process. This JVM's own
 * children are the items' roots: each is known by its pid and start time together, not by its
 * environment, which a child still execing its command does not have yet.
 *
 * <p>How much of /proc: for one item started less than {@link #WINDOW} ago, only the pids the
 * kernel gave out since its root (from the root's pid up to the last one given, /proc/loadavg),
 * since every process of the item was started after the root; so an item that left nothing
 * costs a few small reads, not a listing of /proc. The kernel hands pids out in a cycle, and only
 * a full turn of it within the window (32,768 new processes and threads in a second, at the
 * smallest pid_max) could hide a process from it; the run's last look, {@link
 * ProcessRegistry#close()}, looks at every process anyway. Older items and several at once get
 * every process looked at. Either way only the environments of processes started since the
 * oldest root are read.
 */
final class TreeMembers {
  static final Duration WINDOW = Duration.ofSeconds(1);
  private static final int MAX_LOOKUPS = 256;

  private final ProcTable table;
  private final LongSupplier nanoTime;
  private final long self = ProcessHandle.current().pid();

  TreeMembers(ProcTable table, LongSupplier nanoTime) {
    this.table = table;
    this.nanoTime = nanoTime;
  }

  /** The living processes of each tree, root included while it lives; none for no /proc. */
  Map<ProcessTree, List<Stat>> of(Collection<ProcessTree> trees) {
    Map<String, ProcessTree> byCookie = new HashMap<>();
    Map<Long, ProcessTree> byRoot = new HashMap<>();
    long oldest = Long.MAX_VALUE;
    for (ProcessTree tree : trees) {
      byCookie.put(tree.cookie().value(), tree);
      byRoot.put(tree.root().pid(), tree);
      oldest = Math.min(oldest, tree.startTicks());
    }
    Function<Stat, ProcessTree> rootOf = child -> {
      ProcessTree tree = byRoot.get(child.pid());
      return tree != null && tree.startTicks() == child.startTicks() ? tree : null;
    };
    return scan(candidates(trees), oldest, byCookie::get, rootOf);
  }

  /**
   * Every living process marked with a cookie of {@code run}, and those linked to them, among
   * those started at {@code youngFrom} (clock ticks) or later.
   */
  List<Stat> ofRun(String run, long youngFrom) {
    Function<String, String> owner = value -> Cookie.ofRun(value, run) ? run : null;
    return scan(table.pids(), youngFrom, owner,
        child -> table.cookie(child.pid()).map(owner).orElse(null))
        .getOrDefault(run, List.of());
  }

  /**
   * The pids given out since the root of a single young tree, when they are few: looking each
   * up costs less than listing /proc. Else every process.
   */
  private long[] candidates(Collection<ProcessTree> trees) {
    if (trees.size() == 1) {
      ProcessTree tree = trees.iterator().next();
      OptionalLong last = nanoTime.getAsLong() - tree.startNanos() > WINDOW.toNanos()
          ? OptionalLong.empty() : table.lastPid();
      long first = tree.root().pid();
      // a counter that wrapped round since the root (last < first) gets the listing too
      if (last.isPresent() && last.getAsLong() >= first
          && last.getAsLong() - first < MAX_LOOKUPS) {
        return LongStream.rangeClosed(first, last.getAsLong()).toArray();
      }
    }
    return table.pids();
  }

  /**
   * @param pids where to look; threads among them are harmless (no cookie of ours, or their
   *     process's)
   * @param youngFrom processes that started earlier cannot be anyone's members
   * @param owner the owner of a cookie value, null for one that is none of ours
   * @param ownChild the owner of a child of this JVM (an item's root, or a helper of ours), null
   *     for none: decided without its environment, which is empty for a moment while the child
   *     execs its command, as items' roots at -j 8 often are
   */
  private <K> Map<K, List<Stat>> scan(long[] pids, long youngFrom, Function<String, K> owner,
      Function<Stat, K> ownChild) {
    Map<Long, Stat> young = new LinkedHashMap<>();
    Map<Long, K> owners = new HashMap<>();
    for (long pid : pids) {
      if (pid == self || pid == 1) {
        continue;
      }
      Stat stat = table.stat(pid).orElse(null);
      if (stat == null || stat.dead() || stat.startTicks() < youngFrom) {
        continue;
      }
      young.put(pid, stat);
      K k = stat.ppid() == self
          ? ownChild.apply(stat)
          : table.cookie(pid).map(owner).orElse(null);
      if (k != null) {
        owners.put(pid, k);
      }
    }
    linkUnmarked(young, owners);
    Map<K, List<Stat>> found = new LinkedHashMap<>();
    owners.forEach(
        (pid, k) -> found.computeIfAbsent(k, x -> new ArrayList<>()).add(young.get(pid)));
    return found;
  }

  /** Adds processes linked to members until no more are; each link needs a living member. */
  private static <K> void linkUnmarked(Map<Long, Stat> young, Map<Long, K> owners) {
    boolean grew = !owners.isEmpty();
    while (grew) {
      grew = false;
      for (Stat s : young.values()) {
        if (owners.containsKey(s.pid())) {
          continue;
        }
        K k = linkedOwner(s, young, owners);
        if (k != null) {
          owners.put(s.pid(), k);
          grew = true;
        }
      }
    }
  }

  private static <K> K linkedOwner(Stat s, Map<Long, Stat> young, Map<Long, K> owners) {
    Stat parent = young.get(s.ppid());
    if (parent != null && owners.containsKey(parent.pid())
        && s.startTicks() >= parent.startTicks()) {
      return owners.get(parent.pid());
    }
    Stat sessionLeader = young.get(s.session());
    if (sessionLeader != null && owners.containsKey(sessionLeader.pid())
        && sessionLeader.session() == sessionLeader.pid()) {
      return owners.get(sessionLeader.pid());
    }
    Stat groupLeader = young.get(s.pgrp());
    if (groupLeader != null && owners.containsKey(groupLeader.pid())
        && groupLeader.pgrp() == groupLeader.pid()) {
      return owners.get(groupLeader.pid());
    }
    return null;
  }
}
