package dev.preflight.run;

import static dev.preflight.testing.TestItems.command;
import static dev.preflight.testing.TestItems.exclusive;
import static dev.preflight.testing.TestItems.manual;
import static dev.preflight.testing.TestItems.needs;
import static dev.preflight.testing.TestItems.retries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunListener;
import dev.preflight.model.Output;
import dev.preflight.model.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  /**
   * Scripts are instructions to this fake: {@code sleep:MS}, {@code fail}, {@code flaky:N}
   * (fails N times, then passes). It records start order and the peak number running at once.
   */
  static final class FakeProcesses implements ProcessRunner {
    final List<String> started = Collections.synchronizedList(new ArrayList<>());
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public ProcessOutcome run(ProcessSpec spec) {
      String script = spec.command().get(2);
      started.add(script);
      events.add("start " + script);
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        int exit = 0;
        if (script.startsWith("sleep:")) {
          Thread.sleep(Long.parseLong(script.substring(6).split(":")[0]));
        } else if (script.equals("fail")) {
          exit = 1;
        } else if (script.startsWith("flaky:")) {
          int n = calls.computeIfAbsent(script, k -> new AtomicInteger()).incrementAndGet();
          exit = n <= Integer.parseInt(script.substring(6)) ? 1 : 0;
        }
        return new ProcessOutcome.Exited(exit, Output.EMPTY, Output.EMPTY, Duration.ofMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ProcessOutcome.Exited(143, Output.EMPTY, Output.EMPTY, Duration.ZERO);
      } finally {
        running.decrementAndGet();
        events.add("end " + script);
      }
    }
  }

  private final FakeProcesses processes = new FakeProcesses();

  private List<ItemResult> run(int jobs, Scheduler.FailFast failFast, Item... items)
      throws InterruptedException {
    ItemRunner runner =
        new ItemRunner(processes, Map.of(), List.of(), LogFiles.NONE, Clock.systemUTC(), d -> {});
    return new Scheduler(runner, () -> {}, jobs, failFast)
        .run(List.of(items), Map.of(), RunListener.NONE);
  }

  private static List<String> statuses(List<ItemResult> results) {
    return results.stream().map(r -> r.item().id() + "=" + r.status().label()).toList();
  }

  /** Waives the results of items whose id starts with "waived". */
  private static final UnaryOperator<ItemResult> WAIVE = r ->
      r.item().id().startsWith("waived") && r.status() != Status.PASS
          ? r.withStatus(Status.WAIVED, r.reasons()) : r;

  private List<ItemResult> reviewed(Scheduler.FailFast failFast, Item... items)
      throws InterruptedException {
    ItemRunner runner =
        new ItemRunner(processes, Map.of(), List.of(), LogFiles.NONE, Clock.systemUTC(), d -> {});
    return new Scheduler(runner, () -> {}, 1, failFast, WAIVE)
        .run(List.of(items), Map.of(), RunListener.NONE);
  }

  /** The review sees each result before its dependants are judged: waived counts as passed. */
  @Test
  void aWaivedFailureOrBlockLetsItsDependantsRun() throws Exception {
    List<ItemResult> results = reviewed(Scheduler.FailFast.OFF,
        command("waived-fail", "fail"), needs(command("after-fail", "ok"), "waived-fail"),
        command("gate", "fail"), needs(command("waived-blocked", "ok"), "gate"),
        needs(command("after-blocked", "ok"), "waived-blocked"));
    assertThat(statuses(results)).containsExactly("waived-fail=waived", "after-fail=pass",
        "gate=fail", "waived-blocked=waived", "after-blocked=pass");
  }

  @Test
  void failFastDoesNotStopForAWaivedFailure() throws Exception {
    List<ItemResult> results = reviewed(Scheduler.FailFast.WAIT,
        command("waived-fail", "fail"), command("next", "ok"), command("gate", "fail"),
        command("never", "ok"));
    assertThat(statuses(results)).containsExactly("waived-fail=waived", "next=pass",
        "gate=fail", "never=skipped");
  }

  @Test
  void oneJobRunsStrictlyInChecklistOrder() throws Exception {
    run(1, Scheduler.FailFast.OFF, command("a", "sleep:30:a"), command("b", "sleep:1:b"),
        command("c", "sleep:10:c"));
    assertThat(processes.started).containsExactly("sleep:30:a", "sleep:1:b", "sleep:10:c");
    assertThat(processes.peak).hasValue(1);
  }

  @Test
  void resultsComeInChecklistOrderWhateverFinishesFirst() throws Exception {
    List<ItemResult> results = run(3, Scheduler.FailFast.OFF,
        command("slow", "sleep:600:slow"), command("fast", "sleep:1:fast"), manual("m"));
    assertThat(statuses(results)).containsExactly("slow=pass", "fast=pass", "m=pending");
    assertThat(processes.events.indexOf("end sleep:1:fast"))
        .isLessThan(processes.events.indexOf("end sleep:600:slow"));
  }

  @Test
  void diamondRunsInWaves() throws Exception {
    run(4, Scheduler.FailFast.OFF,
        command("a", "sleep:20:a"),
        needs(command("b", "sleep:400:b"), "a"),
        needs(command("c", "sleep:400:c"), "a"),
        needs(command("d", "sleep:1:d"), "b", "c"));
    List<String> e = processes.events;
    assertThat(e.indexOf("start sleep:400:b")).isGreaterThan(e.indexOf("end sleep:20:a"));
    assertThat(e.indexOf("start sleep:400:c")).isLessThan(e.indexOf("end sleep:400:b"));
    assertThat(e.indexOf("start sleep:1:d"))
        .isGreaterThan(e.indexOf("end sleep:400:b"))
        .isGreaterThan(e.indexOf("end sleep:400:c"));
    assertThat(processes.peak).hasValue(2);
  }

  @Test
  void failedNeedBlocksDependantsTransitivelyAndNeverStartsThem() throws Exception {
    List<ItemResult> results = run(2, Scheduler.FailFast.OFF,
        command("migrate", "fail"),
        needs(command("backup", "sleep:1:backup"), "migrate"),
        needs(command("verify", "sleep:1:verify"), "backup"),
        command("lint", "sleep:1:lint"));
    assertThat(statuses(results))
        .containsExactly("migrate=fail", "backup=blocked", "verify=blocked", "lint=pass");
    assertThat(results.get(1).reasons()).containsExactly("needs migrate (fail)");
    assertThat(results.get(2).reasons()).containsExactly("needs backup (blocked)");
    assertThat(processes.started).containsExactlyInAnyOrder("fail", "sleep:1:lint");
  }

  @Test
  void failFastSkipsWhatHasNotStarted() throws Exception {
    List<ItemResult> results = run(1, Scheduler.FailFast.WAIT,
        command("a", "sleep:1:a"), command("b", "fail"), command("c", "sleep:1:c"));
    assertThat(statuses(results)).containsExactly("a=pass", "b=fail", "c=skipped");
    assertThat(results.get(2).reasons())
        .containsExactly("not run: --fail-fast stopped the run after b failed");
    assertThat(processes.started).doesNotContain("sleep:1:c");
  }

  @Test
  void exclusiveItemRunsAlone() throws Exception {
    run(4, Scheduler.FailFast.OFF, command("a", "sleep:50:a"),
        exclusive(command("migrate", "sleep:50:migrate")), command("c", "sleep:50:c"));
    List<String> e = processes.events;
    assertThat(e.indexOf("start sleep:50:migrate")).isGreaterThan(e.indexOf("end sleep:50:a"));
    assertThat(e.indexOf("start sleep:50:c")).isGreaterThan(e.indexOf("end sleep:50:migrate"));
  }

  @Test
  void retriesUntilPassAndCountsAttempts() throws Exception {
    List<ItemResult> results = run(1, Scheduler.FailFast.OFF,
        retries(command("flaky", "flaky:2"), 3), retries(command("broken", "fail"), 1));
    assertThat(statuses(results)).containsExactly("flaky=pass", "broken=fail");
    assertThat(results.get(0).attempts()).isEqualTo(3);
    assertThat(results.get(1).attempts()).isEqualTo(2);
  }

  @Test
  void skippedItemsAreReportedWithTheirReasonAndNotRun() throws Exception {
    ItemRunner runner =
        new ItemRunner(processes, Map.of(), List.of(), LogFiles.NONE, Clock.systemUTC(), d -> {});
    List<ItemResult> results = new Scheduler(runner, () -> {}, 2, Scheduler.FailFast.OFF)
        .run(List.of(command("a", "sleep:1:a"), command("b", "fail")),
            Map.of("b", "skipped by --skip"), RunListener.NONE);
    assertThat(statuses(results)).containsExactly("a=pass", "b=skipped");
    assertThat(results.get(1).reasons()).containsExactly("skipped by --skip");
    assertThat(processes.started).containsExactly("sleep:1:a");
  }
}
