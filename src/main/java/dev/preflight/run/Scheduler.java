package dev.preflight.run;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunListener;
import dev.preflight.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>A {@code service:} item holds a job only while it starts. Once ready, the items that need
 * it may start; it is stopped (its whole tree) as soon as no item left to run or running needs
 * it, and its result, over the time it was up, is reported then. Should it exit by itself while
 * still needed, it fails and what still waits for it is blocked. Whatever happens, no service is
 * left running when {@link #run} returns.
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
  private static final long WATCH_MILLIS = 100;

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
    Map<String, RunningService> up = new LinkedHashMap<>();
    try {
      loop(new Waiting(waiting, done, r -> finish(done, r, listener)), done, pool, listener, up);
    } finally {
      pool.shutdownNow();
      up.values().forEach(s -> s.stop(false)); // only left when the loop was cut short
    }
    List<ItemResult> ordered = new ArrayList<>(items.size());
    for (Item item : items) {
      ordered.add(done.get(item.id()));
    }
    return ordered;
  }

  private void loop(Waiting waiting, Map<String, ItemResult> done, ExecutorService pool,
      RunListener listener, Map<String, RunningService> up) throws InterruptedException {
    Map<String, Item> running = new LinkedHashMap<>();
    Set<String> stopping = new HashSet<>();
    String stoppedBy = null;
    while (!waiting.isEmpty() || !running.isEmpty() || !up.isEmpty() || !stopping.isEmpty()) {
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
      stopUnneeded(waiting, running, up, stopping);
      if (running.isEmpty() && up.isEmpty() && stopping.isEmpty()) {
        // Validation rules out cycles and unknown needs; this only guards against a hang.
        for (Item item : waiting.drain()) {
          finish(done, ItemResult.notRun(item, Status.BLOCKED, "needs never finished"), listener);
        }
        continue;
      }
      Object event = up.isEmpty() ? events.take()
          : events.poll(WATCH_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
      List<ItemResult> ended = new ArrayList<>(exited(up));
      if (event instanceof RunningService service) {
        running.remove(service.item().id());
        if (service.failure() == null) {
          up.put(service.item().id(), service);
          waiting.up(service.item().id());
        } else {
          ended.add(service.failure());
        }
      } else if (event instanceof ItemResult result) {
        ended.add(result);
      }
      for (ItemResult result : ended) {
        running.remove(result.item().id());
        stopping.remove(result.item().id());
        result = finish(done, relabel(result, stoppedBy), listener); // a waived failure goes on
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
  }

  /** Services that exited by themselves while up: each fails, with its last output. */
  private static List<ItemResult> exited(Map<String, RunningService> up) {
    List<ItemResult> failed = new ArrayList<>();
    for (var it = up.values().iterator(); it.hasNext(); ) {
      RunningService service = it.next();
      if (!service.alive()) {
        it.remove();
        failed.add(service.stop(true));
      }
    }
    return failed;
  }

  /** Stops, on threads of their own, the services that nothing still to run needs. */
  private void stopUnneeded(Waiting waiting, Map<String, Item> running,
      Map<String, RunningService> up, Set<String> stopping) {
    for (var it = up.values().iterator(); it.hasNext(); ) {
      RunningService service = it.next();
      String id = service.item().id();
      boolean needed = waiting.anyNeeds(id)
          || running.values().stream().anyMatch(i -> i.needs().contains(id));
      if (!needed) {
        it.remove();
        stopping.add(id);
        Thread stopper = new Thread(() -> events.add(service.stop(false)), "preflight-stop-" + id);
        stopper.setDaemon(true);
        stopper.start();
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
      if (item.check() instanceof Check.Service) {
        pool.execute(() -> startService(started, listener));
      } else {
        pool.execute(() -> execute(started, listener));
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

  private void startService(Item item, RunListener listener) {
    Object event;
    if (interrupted) {
      event = ItemResult.notRun(item, Status.ERROR, INTERRUPTED);
    } else {
      listener.started(item);
      try {
        event = runner.startService(item);
      } catch (InterruptedException e) {
        event = ItemResult.notRun(item, Status.ERROR, INTERRUPTED);
      } catch (RuntimeException e) {
        event = ItemResult.notRun(item, Status.ERROR, "internal error: " + e);
      }
    }
    events.add(event);
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

  static String blockedReason(Item item, Map<String, ItemResult> done) {
    List<String> parts = new ArrayList<>();
    for (String need : item.needs()) {
      ItemResult result = done.get(need);
      if (result != null && !passed(result)) {
        parts.add(need + " (" + result.status().label() + ")");
      }
    }
    return "needs " + String.join(", ", parts);
  }

  static boolean passed(ItemResult r) {
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
