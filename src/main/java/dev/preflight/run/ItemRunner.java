package dev.preflight.run;

import dev.preflight.expect.Durations;
import dev.preflight.expect.Evidence;
import dev.preflight.expect.Expectations;
import dev.preflight.expect.Judgement;
import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.Status;
import dev.preflight.notify.Announcer;
import dev.preflight.notify.Delivery;
import dev.preflight.notify.Sending;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one item to a result: starts its command (with retries), reads its metrics and judges its
 * conditions. Never throws for anything the command does.
 */
public final class ItemRunner {
  private final ProcessRunner processes;
  private final Map<String, String> baseEnvironment;
  private final List<String> declaredSecrets;
  private final LogFiles logs;
  private final MetricReader metrics;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProbeRunner probes;
  private final ServiceStarter services;
  private final Announcer announcer;

  /** Waits between attempts; tests pass one that does not sleep. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /**
   * @param baseEnvironment what every command inherits, before the checklist's and item's env
   * @param declaredSecrets the checklist's {@code secrets:}, names whose values are masked
   */
  public ItemRunner(ProcessRunner processes, Map<String, String> baseEnvironment,
      List<String> declaredSecrets, LogFiles logs, Clock clock, Sleeper sleeper) {
    this(processes, baseEnvironment, declaredSecrets, logs, clock, sleeper,
        new Announcer(new Delivery(Sending.standard(s -> s)), "", RunEnvironment::unknown, null,
            clock));
  }

  /** @param announcer sends the messages of {@code notify} items */
  public ItemRunner(ProcessRunner processes, Map<String, String> baseEnvironment,
      List<String> declaredSecrets, LogFiles logs, Clock clock, Sleeper sleeper,
      Announcer announcer) {
    this.announcer = announcer;
    this.processes = processes;
    this.baseEnvironment = Map.copyOf(baseEnvironment);
    this.declaredSecrets = List.copyOf(declaredSecrets);
    this.logs = logs;
    this.metrics = new MetricReader();
    this.clock = clock;
    this.sleeper = sleeper;
    this.probes = new ProbeRunner(this.baseEnvironment, this.declaredSecrets, clock);
    this.services = new ServiceStarter(processes, this.baseEnvironment, this.declaredSecrets, logs,
        clock);
  }

  /** Starts a {@code service:} item and waits until it is ready, or has failed to be. */
  public RunningService startService(Item item) throws InterruptedException {
    return services.start(item);
  }

  /** The result of one item; manual items are pending until sign-offs exist. */
  public ItemResult run(Item item) throws InterruptedException {
    if (item.check() instanceof Check.Manual) {
      // The report shows the instructions and how to sign off; no reason says more.
      return new ItemResult(item, Status.PENDING, null, Duration.ZERO, null, 0, Map.of(),
          List.of(), Output.EMPTY, Output.EMPTY, null);
    }
    if (item.check() instanceof Check.Notify) {
      Map<String, String> env = new HashMap<>(baseEnvironment);
      env.putAll(item.env());
      return announcer.announce(item, env, SecretMasker.from(env, declaredSecrets)::mask);
    }
    Instant startedAt = clock.instant();
    ItemResult result = attempt(item, startedAt, 1);
    Duration spent = result.duration();
    for (int n = 2; n <= item.retries() + 1 && result.status() != Status.PASS; n++) {
      sleeper.sleep(item.retryDelay());
      result = attempt(item, startedAt, n);
      spent = spent.plus(result.duration());
    }
    // the report's duration is the item's cost: every attempt, not just the last
    return result.withTiming(startedAt, spent);
  }

  private ItemResult attempt(Item item, Instant startedAt, int attempt)
      throws InterruptedException {
    if (item.check() instanceof Check.Probe) {
      return probes.attempt(item, startedAt, attempt);
    }
    Map<String, String> env = new HashMap<>(baseEnvironment);
    env.putAll(item.env());
    SecretMasker secrets = SecretMasker.from(env, declaredSecrets);
    Path log = logs.file(item, attempt);
    Instant attemptStart = clock.instant();
    ProcessOutcome outcome = processes.run(new ProcessSpec(
        command(item), item.workdir(), env, item.timeout(), log, secrets, item.id()));
    ItemResult result;
    if (outcome instanceof ProcessOutcome.NotStarted n) {
      result = result(item, Status.ERROR, startedAt, attempt, n.duration(), null, Map.of(),
          List.of(n.reason()), Output.EMPTY, Output.EMPTY);
    } else if (outcome instanceof ProcessOutcome.TimedOut t) {
      result = result(item, Status.ERROR, startedAt, attempt, t.duration(), null, Map.of(),
          List.of("timed out after " + Durations.format(item.timeout())
              + "; its process tree was killed"), t.stdout(), t.stderr());
    } else {
      result = judge(item, startedAt, attemptStart, attempt, (ProcessOutcome.Exited) outcome);
    }
    return finish(result, secrets, outcome instanceof ProcessOutcome.NotStarted ? null : log);
  }

  /** Masks what the output's masking could not reach (reasons) and names the log file. */
  private ItemResult finish(ItemResult r, SecretMasker secrets, Path log) {
    return r.withReasons(r.reasons().stream().map(secrets::mask).toList(), logs.shown(log));
  }

  private ItemResult judge(Item item, Instant startedAt, Instant attemptStart, int attempt,
      ProcessOutcome.Exited e) {
    MetricReader.Read read =
        metrics.read(item, e.stdout().text(), e.stderr().text(), attemptStart);
    Set<Integer> ran = ImpliedExitCodes.of(item);
    String parser = item.parse() == null ? null : item.parse().parser();
    Judgement judgement = Expectations.judge(item.expect(), new Evidence(
        e.exitCode(), e.stdout().text(), e.stderr().text(), e.duration(), read.metrics(),
        parser, ran, Map.of()));
    // a parser that found nothing explains every "no value for" that follows; say it once
    List<String> errors = read.errors().isEmpty() ? judgement.errors() : read.errors();
    Map<String, Double> figures = read.metrics();
    if (e.exitCode() != 0 && ran.contains(e.exitCode()) && read.blank()) {
      // a tool that exits non-zero to report findings printed none: it crashed, not "0 issues"
      errors = List.of(parser + " exited with " + e.exitCode()
          + " but printed no results: it did not run to the end");
      figures = Map.of();
    }
    Status status = !errors.isEmpty() ? Status.ERROR
        : !judgement.failures().isEmpty() ? Status.FAIL : Status.PASS;
    List<String> reasons = new ArrayList<>(judgement.failures());
    reasons.addAll(errors);
    // a missing command can exit with a code the implied ones accept (python -m: 1)
    boolean exitDecides = item.expect().stream().anyMatch(Condition::isAboutExitCode);
    String notRunnable =
        status == Status.PASS && exitDecides ? null : ExitReasons.notRunnable(e);
    if (notRunnable != null) {
      // what did not hold, and any figure read, only follow from the missing command
      status = Status.ERROR;
      reasons = List.of(notRunnable);
      figures = Map.of();
    }
    return result(item, status, startedAt, attempt, e.duration(), e.exitCode(), figures,
        reasons, e.stdout(), e.stderr());
  }

  private static List<String> command(Item item) {
    return item.check() instanceof Check.Script s
        ? List.of(s.shell().executable(), "-c", s.script())
        : ((Check.Argv) item.check()).argv();
  }

  private static ItemResult result(Item item, Status status, Instant startedAt, int attempts,
      Duration duration, Integer exitCode, Map<String, Double> metrics, List<String> reasons,
      Output stdout, Output stderr) {
    return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics,
        reasons, stdout, stderr, null);
  }
}
