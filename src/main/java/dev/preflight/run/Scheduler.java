package dev.preflight.run;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunListener;
import dev.preflight.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plan's items as early as their {@code needs} allow, up to {@code jobs} at once, and
 * returns one result per item in checklist order whatever the completion order.
 *
 * <p>Ready items start in checklist order, so {@code jobs = 1} is strictly sequential. An
 * {@code exclusive} item starts only when nothing else runs, and nothing starts while it runs or
 * waits to run. An item whose need did not pass is {@code blocked} and never started.
 */
public final class Scheduler {
  public static final String INTERRUPTED = "interrupted";

  /** What {@code --fail-fast} does with the rest of the run after the first blocking failure. */
  public enum FailFast { OFF, WAIT, KILL }

  private final ItemRunner runner;
  private final Runnable stopAllProcesses;
  private final int jobs;
  private final FailFast failFast;
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private volatile boolean interrupted;
  private static final Object WAKE_UP = new Object();

  public Scheduler(ItemRunner runner, Runnable stopAllProcesses, int jobs, FailFast failFast) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.runner = runner;
    this.stopAllProcesses = stopAllProcesses;
    this.jobs = jobs;
    this.failFast = failFast;
  }

  /** Stops the run from another thread (a signal handler): kills what runs, starts nothing. */
  public void interrupt() {
    interrupted = true;
    stopAllProcesses.run();
    events.add(WAKE_UP);
  }

  public boolean wasInterrupted() {
    return interrupted;
  }

  /**
   * @param items every item of the checklist, in checklist order
   * @param notRun items that must not run (filtered out or {@code skip:}), with the reason
   */
  public List<ItemResult> run(List<Item> items, Map<String, String> notRun, RunListener listener)
      throws InterruptedException {
    Map<String, ItemResult> done = new HashMap<>();
    List<Item> waiting = new ArrayList<>();
    for (Item item : items) {
      String reason = notRun.get(item.id());
      if (reason != null) {
        // not announced: progress is about what runs
        done.put(item.id(), ItemResult.notRun(item, Status.SKIPPED, reason));
      } else {
        waiting.add(item);
      }
    }
    listener.planned(waiting.size());
    ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
    try {
      loop(new Waiting(waiting, done, listener), done, pool, listener);
    } finally {
      pool.shutdownNow();
    }
    List<ItemResult> ordered = new ArrayList<>(items.size());
    for (Item item : items) {
      ordered.add(done.get(item.id()));
    }
    return ordered;
  }

  private void loop(Waiting waiting, Map<String, ItemResult> done, ExecutorService pool,
      RunListener listener) throws InterruptedException {
    Map<String, Item> running = new LinkedHashMap<>();
    String stoppedBy = null;
    while (!waiting.isEmpty() || !running.isEmpty()) {
      if (interrupted || stoppedBy != null) {
        String reason = interrupted ? INTERRUPTED : "not run: --fail-fast stopped the run after "
            + stoppedBy + " failed";
        for (Item item : waiting.drain()) {
          finish(done, ItemResult.notRun(item, interrupted ? Status.ERROR : Status.SKIPPED,
              reason), listener);
        }
      } else {
        startReady(waiting, running, pool, listener);
      }
      if (running.isEmpty()) {
        // Validation rules out cycles and unknown needs; this only guards against a hang.
        for (Item item : waiting.drain()) {
          finish(done, ItemResult.notRun(item, Status.BLOCKED, "needs never finished"), listener);
        }
        continue;
      }
      Object event = events.take();
      if (!(event instanceof ItemResult result)) {
        continue;
      }
      running.remove(result.item().id());
      result = relabel(result, stoppedBy);
      finish(done, result, listener);
      if (stoppedBy == null && failFast != FailFast.OFF && failsGate(result)) {
        stoppedBy = result.item().id();
        if (failFast == FailFast.KILL) {
          stopAllProcesses.run();
        }
      }
      if (stoppedBy == null && !interrupted) { // else what waits is not run, whatever it needs
        waiting.finished(result);
      }
    }
  }

  /**
   * Starts ready items in checklist order while there is room. An exclusive item is a barrier:
   * nothing overtakes it, and nothing starts while it runs.
   */
  private void startReady(Waiting waiting, Map<String, Item> running, ExecutorService pool,
      RunListener listener) {
    Item item;
    while ((item = waiting.firstReady()) != null) {
      boolean exclusiveRunning = running.values().stream().anyMatch(Item::exclusive);
      if (exclusiveRunning || (item.exclusive() && !running.isEmpty())
          || running.size() >= jobs) {
        return;
      }
      waiting.startFirst();
      running.put(item.id(), item);
      Item started = item;
      pool.execute(() -> execute(started, listener));
    }
  }

  /**
   * The items not started yet, with what each still waits for, so that an event costs only the
   * items that need the one that finished: a run of thousands of items stays linear. An item is
   * ready when every need passed, and blocked (finished at once, never started) as soon as one
   * did not; what it blocks is blocked in turn.
   */
  private final class Waiting {
    private final List<Item> items;
    private final Map<String, ItemResult> done;
    private final RunListener listener;
    private final Map<String, List<Integer>> dependants = new HashMap<>();
    private final int[] unfinishedNeeds;
    private final boolean[] left; // not started and not finished
    private final PriorityQueue<Integer> ready = new PriorityQueue<>();
    private int size;

    Waiting(List<Item> items, Map<String, ItemResult> done, RunListener listener) {
      this.items = items;
      this.done = done;
      this.listener = listener;
      this.unfinishedNeeds = new int[items.size()];
      this.left = new boolean[items.size()];
      this.size = items.size();
      java.util.Arrays.fill(left, true);
      List<Integer> blocked = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        for (String need : new LinkedHashSet<>(items.get(i).needs())) {
          ItemResult result = done.get(need);
          if (result == null) {
            unfinishedNeeds[i]++;
            dependants.computeIfAbsent(need, k -> new ArrayList<>()).add(i);
          } else if (!passed(result)) {
            blocked.add(i);
          }
        }
      }
      block(blocked);
      for (int i = 0; i < items.size(); i++) {
        if (left[i] && unfinishedNeeds[i] == 0) {
          ready.add(i);
        }
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The first ready item in checklist order, or null. */
    Item firstReady() {
      Integer first = ready.peek();
      return first == null ? null : items.get(first);
    }

    /** Takes the item {@link #firstReady()} returned out: it starts now. */
    void startFirst() {
      left[ready.poll()] = false;
      size--;
    }

    /** Takes the finished item's result into account: its dependants get ready or blocked. */
    void finished(ItemResult result) {
      List<Integer> waitingOnIt = dependants.getOrDefault(result.item().id(), List.of());
      if (!passed(result)) {
        block(waitingOnIt);
        return;
      }
      for (int i : waitingOnIt) {
        if (--unfinishedNeeds[i] == 0 && left[i]) {
          ready.add(i);
        }
      }
    }

    /** Finishes these items, and what needs them, as blocked, in checklist order. */
    private void block(List<Integer> first) {
      PriorityQueue<Integer> queue = new PriorityQueue<>(first);
      while (!queue.isEmpty()) {
        int i = queue.poll();
        if (!left[i]) {
          continue;
        }
        Item item = items.get(i);
        left[i] = false; // never ready: a need of a ready item cannot finish later
        size--;
        finish(done, ItemResult.notRun(item, Status.BLOCKED, blockedReason(item, done)),
            listener);
        queue.addAll(dependants.getOrDefault(item.id(), List.of()));
      }
    }

    /** Everything not started yet, in checklist order, now taken out. */
    List<Item> drain() {
      List<Item> rest = new ArrayList<>(size);
      for (int i = 0; i < items.size(); i++) {
        if (left[i]) {
          left[i] = false;
          rest.add(items.get(i));
        }
      }
      ready.clear();
      size = 0;
      return rest;
    }
  }

  private void execute(Item item, RunListener listener) {
    ItemResult result;
    if (interrupted) {
      result = ItemResult.notRun(item, Status.ERROR, INTERRUPTED);
    } else {
      listener.started(item);
      try {
        result = runner.run(item);
      } catch (InterruptedException e) {
        result = ItemResult.notRun(item, Status.ERROR, INTERRUPTED);
      } catch (RuntimeException e) {
        result = ItemResult.notRun(item, Status.ERROR, "internal error: " + e);
      }
    }
    events.add(result);
  }

  /** Items that end after an interrupt or a killing fail-fast say why, not how they died. */
  private ItemResult relabel(ItemResult r, String stoppedBy) {
    if (r.status() == Status.PASS) {
      return r;
    }
    if (interrupted) {
      return withStatus(r, Status.ERROR, INTERRUPTED);
    }
    if (stoppedBy != null && failFast == FailFast.KILL) {
      return withStatus(r, Status.SKIPPED, "stopped by --fail-fast after " + stoppedBy + " failed");
    }
    return r;
  }

  private static ItemResult withStatus(ItemResult r, Status status, String reason) {
    return r.withStatus(status, List.of(reason));
  }

  private static String blockedReason(Item item, Map<String, ItemResult> done) {
    List<String> parts = new ArrayList<>();
    for (String need : item.needs()) {
      ItemResult result = done.get(need);
      if (result != null && !passed(result)) {
        parts.add(need + " (" + result.status().label() + ")");
      }
    }
    return "needs " + String.join(", ", parts);
  }

  private static boolean passed(ItemResult r) {
    return r.status() == Status.PASS || r.status() == Status.WAIVED;
  }

  private static boolean failsGate(ItemResult r) {
    return r.blocksGate() && (r.status() == Status.FAIL || r.status() == Status.ERROR);
  }

  private static void finish(Map<String, ItemResult> done, ItemResult r, RunListener listener) {
    done.put(r.item().id(), r);
    listener.finished(r);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "preflight-item-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
