package dev.preflight.cli;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.notify.Announcer;
import dev.preflight.notify.Delivery;
import dev.preflight.notify.Links;
import dev.preflight.notify.RunNotifier;
import dev.preflight.notify.Sending;
import dev.preflight.run.Plan;
import dev.preflight.run.SecretMasker;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The notifications of one run (SPEC §11): the sender that notify items use while the run
 * goes on, and the message to the checklist's {@code notify:} targets once it is over. What a
 * notification does is printed, and never changes the verdict or the exit code.
 */
final class Notifications implements AutoCloseable {
  static final String NEVER = "not sent: --notify never";

  private final Context ctx;
  private final Checklist checklist;
  private final RunNotifier.Mode mode;
  private final Map<String, String> env;
  private final SecretMasker masker;
  private final Delivery delivery;

  Notifications(Context ctx, Checklist checklist, RunNotifier.Mode mode) {
    this.ctx = ctx;
    this.checklist = checklist;
    this.mode = mode;
    this.env = new HashMap<>(ctx.env());
    env.putAll(checklist.env());
    this.masker = SecretMasker.from(env, checklist.secrets());
    this.delivery = new Delivery(Sending.standard(masker::mask));
  }

  /** Sends the messages of notify items, each masked with its item's own secrets. */
  Announcer announcer(Supplier<RunEnvironment> environment) {
    return new Announcer(delivery, checklist.name(), environment, Links.of(env),
        Clock.systemUTC());
  }

  /** The plan, with notify items skipped under {@code --notify never}. */
  Plan apply(Plan plan) {
    if (mode != RunNotifier.Mode.NEVER) {
      return plan;
    }
    Map<String, String> notRun = new LinkedHashMap<>(plan.notRun());
    for (Item item : plan.items()) {
      if (item.check() instanceof Check.Notify) {
        notRun.putIfAbsent(item.id(), NEVER);
      }
    }
    return new Plan(plan.items(), notRun);
  }

  /**
   * Tells the targets whose {@code when:} matches the verdict (all of them with {@code
   * --notify always}, none with {@code never}), one line each: what was sent on
   * {@code screen}, what failed on standard error.
   */
  void afterRun(RunResult run, PrintStream screen) throws InterruptedException {
    var targets = RunNotifier.chosen(checklist.notifications(), mode, run.verdict().word());
    if (targets.isEmpty()) {
      return;
    }
    List<RunNotifier.Sent> sent = new RunNotifier(delivery).notify(run, targets, env,
        masker::mask);
    for (RunNotifier.Sent s : sent) {
      PrintStream to = s.configured() && !s.accepted() ? ctx.err() : screen;
      to.println(s.line());
    }
    screen.flush();
    ctx.err().flush();
  }

  @Override
  public void close() {
    delivery.close();
  }
}
