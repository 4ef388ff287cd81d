package dev.preflight.cli;

import dev.preflight.model.ItemResult;
import dev.preflight.notify.Announcer;
import dev.preflight.run.ItemRunner;
import dev.preflight.run.LogFiles;
import dev.preflight.run.Plan;
import dev.preflight.run.ProcessRegistry;
import dev.preflight.model.RunListener;
import dev.preflight.run.Scheduler;
import dev.preflight.run.SubprocessRunner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Wires the real process runner, the item runner and the scheduler for one run. */
final class Execution {
  private final ProcessRegistry processes = new ProcessRegistry();
  private final Scheduler scheduler;

  Execution(Map<String, String> env, List<String> secrets, LogFiles logs, int jobs,
      Scheduler.FailFast failFast, Announcer announcer) {
    this(env, secrets, logs, jobs, failFast, announcer, UnaryOperator.identity());
  }

  /**
   * @param announcer sends the messages of notify items
   * @param review the run's sign-offs and waivers, applied to each result as it arrives
   */
  Execution(Map<String, String> env, List<String> secrets, LogFiles logs, int jobs,
      Scheduler.FailFast failFast, Announcer announcer, UnaryOperator<ItemResult> review) {
    ItemRunner runner = new ItemRunner(new SubprocessRunner(processes), env, secrets, logs,
        Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), announcer);
    this.scheduler = new Scheduler(runner, processes::stopAll, jobs, failFast, review);
  }

  List<ItemResult> run(Plan plan, RunListener listener) throws InterruptedException {
    try {
      return scheduler.run(plan.items(), plan.notRun(), listener);
    } finally {
      processes.close(); // nothing outlives the run, and the orphan reaper goes too
    }
  }

  /** First Ctrl-C: stop the run, keep the reports. */
  void interrupt() {
    scheduler.interrupt();
  }

  /** Second Ctrl-C: kill what is left and leave at once. */
  void killNow() {
    processes.stopAll();
    Runtime.getRuntime().halt(130);
  }

  boolean wasInterrupted() {
    return scheduler.wasInterrupted();
  }
}
