package dev.preflight.run;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunListener;
import dev.preflight.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Runs a plan's items as early as their {@code needs} allow, up to {@code jobs} at once, and
 * returns one result per item in checklist order whatever the completion order.
 *
 * <p>Ready items start in checklist order, so {@code jobs = 1} is strictly sequential. An
 * {@code exclusive} item starts only when nothing else runs, and nothing starts while it runs or
 * waits to run. An item whose need did not pass is {@code blocked} and never started.
 *
 * <p>Every result passes through the run's review (sign-offs and waivers) the moment it is
 * known, before any item that needs it is judged: a waived need counts as passed.
 */
public final class Scheduler {
  public static final String INTERRUPTED = "interrupted";

  /** What {@code --fail-fast} does with the rest of the run after the first blocking failure. */
  public enum FailFast { OFF, WAIT, KILL }

  private final ItemRunner runner;
  private final Runnable stopAllProcesses;
  private final int jobs;
  private final FailFast failFast;
  private final UnaryOperator<ItemResult> review;
  private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
  private volatile boolean interrupted;
  private static final Object WAKE_UP = new Object();

  public Scheduler(ItemRunner runner, Runnable stopAllProcesses, int jobs, FailFast failFast) {
    this(runner, stopAllProcesses, jobs, failFast, UnaryOperator.identity());
  }

  /**
   * @param review applied to each result as it arrives (not to items filtered out, nor after an
   *     interrupt): the sign-offs and waivers of the run
   */
  public Scheduler(ItemRunner runner, Runnable stopAllProcesses, int jobs, FailFast failFast,
      UnaryOperator<ItemResult> review) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.runner = runner;
    this.stopAllProcesses = stopAllProcesses;
    this.jobs = jobs;
    this.failFast = failFast;
    this.review = review;
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
      loop(waiting, done, pool, listener);
    } finally {
      pool.shutdownNow();
    }
    List<ItemResult> ordered = new ArrayList<>(items.size());
    for (Item item : items) {
      ordered.add(done.get(item.id()));
    }
    return ordered;
  }

  private void loop(List<Item> waiting, Map<String, ItemResult> done, ExecutorService pool,
      RunListener listener) throws InterruptedException {
    Map<String, Item> running = new LinkedHashMap<>();
    String stoppedBy = null;
    while (!waiting.isEmpty() || !running.isEmpty()) {
      if (interrupted || stoppedBy != null) {
        String reason = interrupted ? INTERRUPTED : "not run: --fail-fast stopped the run after "
            + stoppedBy + " failed";
        for (Item item : waiting) {
          finish(done, ItemResult.notRun(item, interrupted ? Status.ERROR : Status.SKIPPED,
              reason), listener);
        }
        waiting.clear();
      } else {
        startReady(waiting, running, done, pool, listener);
      }
      if (running.isEmpty()) {
        // Validation rules out cycles and unknown needs; this only guards against a hang.
        for (Item item : waiting) {
          finish(done, ItemResult.notRun(item, Status.BLOCKED, "needs never finished"), listener);
        }
        waiting.clear();
        continue;
      }
      Object event = events.take();
      if (!(event instanceof ItemResult result)) {
        continue;
      }
      running.remove(result.item().id());
      result = finish(done, relabel(result, stoppedBy), listener); // a waived failure goes on
      if (stoppedBy == null && failFast != FailFast.OFF && failsGate(result)) {
        stoppedBy = result.item().id();
        if (failFast == FailFast.KILL) {
          stopAllProcesses.run();
        }
      }
    }
  }

  /** Starts what is ready, blocks what cannot run; repeats until nothing changes. */
  private void startReady(List<Item> waiting, Map<String, Item> running,
      Map<String, ItemResult> done, ExecutorService pool, RunListener listener) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (var it = waiting.iterator(); it.hasNext(); ) {
        Item item = it.next();
        Readiness r = readiness(item, done);
        if (r == Readiness.BLOCKED) {
          it.remove();
          finish(done, ItemResult.notRun(item, Status.BLOCKED, blockedReason(item, done)),
              listener);
          changed = true;
          continue;
        }
        if (r == Readiness.WAITING) {
          continue;
        }
        boolean exclusiveRunning = running.values().stream().anyMatch(Item::exclusive);
        if (exclusiveRunning || (item.exclusive() && !running.isEmpty())) {
          return; // an exclusive item is a barrier: nothing overtakes it
        }
        if (running.size() >= jobs) {
          return;
        }
        it.remove();
        running.put(item.id(), item);
        pool.execute(() -> execute(item, listener));
        changed = true;
      }
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

  private enum Readiness { READY, WAITING, BLOCKED }

  private static Readiness readiness(Item item, Map<String, ItemResult> done) {
    Readiness r = Readiness.READY;
    for (String need : item.needs()) {
      ItemResult result = done.get(need);
      if (result == null) {
        r = Readiness.WAITING;
      } else if (!passed(result)) {
        return Readiness.BLOCKED;
      }
    }
    return r;
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

  private ItemResult finish(Map<String, ItemResult> done, ItemResult r, RunListener listener) {
    ItemResult reviewed = interrupted ? r : review.apply(r);
    done.put(reviewed.item().id(), reviewed);
    listener.finished(reviewed);
    return reviewed;
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
