package dev.preflight.run;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The items of a run not started yet, with what each still waits for, so that an event costs
 * only the items that need the one that finished: a run of thousands of items stays linear. An
 * item is ready when every need passed (or, for a service, is up), and blocked (finished at
 * once, never started) as soon as one did not; what it blocks is blocked in turn.
 */
final class Waiting {
  private final List<Item> items;
  private final Map<String, ItemResult> done;
  private final UnaryOperator<ItemResult> finish;
  private final Map<String, List<Integer>> dependants = new HashMap<>();
  private final Set<String> up = new HashSet<>();
  private final int[] unfinishedNeeds;
  private final boolean[] left; // not started and not finished
  private final PriorityQueue<Integer> ready = new PriorityQueue<>();
  private int size;

  /**
   * @param done results so far (items not run); blocked items are added to it through
   *     {@code finish}
   * @param finish records a result, as the run's review judges it (a waiver may let a blocked
   *     item count as passed), tells the listener and returns it
   */
  Waiting(List<Item> items, Map<String, ItemResult> done, UnaryOperator<ItemResult> finish) {
    this.items = items;
    this.done = done;
    this.finish = finish;
    this.unfinishedNeeds = new int[items.size()];
    this.left = new boolean[items.size()];
    this.size = items.size();
    Arrays.fill(left, true);
    List<Integer> blocked = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      for (String need : new LinkedHashSet<>(items.get(i).needs())) {
        ItemResult result = done.get(need);
        if (result == null) {
          unfinishedNeeds[i]++;
          dependants.computeIfAbsent(need, k -> new ArrayList<>()).add(i);
        } else if (!Scheduler.passed(result)) {
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

  /** Whether an item not started yet needs {@code id}. */
  boolean anyNeeds(String id) {
    for (int i : dependants.getOrDefault(id, List.of())) {
      if (left[i]) {
        return true;
      }
    }
    return false;
  }

  /** A service is up: what needs it may start, though its result comes when it stops. */
  void up(String service) {
    up.add(service);
    release(service);
  }

  /** Takes the finished item's result into account: its dependants get ready or blocked. */
  void finished(ItemResult result) {
    String id = result.item().id();
    if (!Scheduler.passed(result)) {
      block(dependants.getOrDefault(id, List.of()));
    } else if (!up.contains(id)) { // a service that was up released its dependants already
      release(id);
    }
  }

  private void release(String id) {
    for (int i : dependants.getOrDefault(id, List.of())) {
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
      ready.remove(i);
      ItemResult blocked = finish.apply(
          ItemResult.notRun(item, Status.BLOCKED, Scheduler.blockedReason(item, done)));
      if (Scheduler.passed(blocked)) {
        release(item.id()); // waived: what needs it goes on
      } else {
        queue.addAll(dependants.getOrDefault(item.id(), List.of()));
      }
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
