package dev.preflight.cli;

import dev.preflight.load.LastRun;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Verdict;
import dev.preflight.report.JsonReport;
import dev.preflight.report.PlanReport;
import dev.preflight.run.GatePolicy;
import dev.preflight.run.LogFiles;
import dev.preflight.run.Plan;
import dev.preflight.run.Shards;
import dev.preflight.run.Waves;
import dev.preflight.signoff.Judge;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.Releases;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code preflight run} of a loaded checklist: select, plan, execute with live progress
 * (sign-offs and waivers judged as each result arrives), ask for pending sign-offs on a
 * terminal, decide the verdict, write every report and remember the run for
 * {@code --rerun-failed}.
 */
final class GateRun {
  private final Context ctx;
  private final Checklist checklist;
  private final RunRequest request;
  private final Reports reports;
  private final StateDir state;

  GateRun(Context ctx, Checklist checklist, RunRequest request) {
    this.ctx = ctx;
    this.checklist = checklist;
    this.request = request;
    this.reports = Reports.of(ctx, request.reports());
    this.state = StateDir.of(ctx.cwd().resolve(checklist.file()));
  }

  /** What is wrong with the request for this checklist, or null; checked before anything runs. */
  String problem() {
    Set<String> named = new LinkedHashSet<>(request.only());
    named.addAll(request.skip());
    named.addAll(request.tags());
    Set<String> unknown = Plan.unknownNames(checklist, named);
    if (!unknown.isEmpty()) {
      return "no item, section or tag named " + String.join(", ", unknown)
          + " (see 'preflight list " + checklist.file() + "')";
    }
    return reports.problem();
  }

  /** Runs the checklist and returns the process exit code. */
  int run(TerminalOptions terminal) throws InterruptedException {
    Set<String> selected = request.only();
    if (request.rerunFailed()) {
      try {
        selected = rerunSelection();
      } catch (IOException e) {
        ctx.err().println("preflight run: --rerun-failed: " + e.getMessage());
        return ExitCode.INVALID.code();
      }
      if (selected.isEmpty()) {
        ctx.out().println("Nothing to rerun: every item passed or was skipped in the last run.");
        return ExitCode.PASSED.code();
      }
    }
    Plan plan = Plan.of(checklist, selected, request.skip(), request.tags());
    if (request.shard() != null) {
      plan = Shards.select(plan, request.shard(), LastRun.durations(state.lastRun()));
    }
    try (Notifications notifications = new Notifications(ctx, checklist, request.notifyMode())) {
      return run(terminal, notifications.apply(plan), notifications);
    }
  }

  private int run(TerminalOptions terminal, Plan plan, Notifications notifications)
      throws InterruptedException {
    if (request.dryRun()) {
      ctx.out().print(PlanReport.render(checklist, Waves.of(plan), plan.notRun(), request.jobs()));
      return ExitCode.PASSED.code();
    }

    SignoffStore signoffs = SignoffStore.of(ctx, checklist);
    Records records = signoffs.read("; nothing was run");
    if (records == null) {
      return ExitCode.INVALID.code();
    }
    Releases releases = signoffs.releases(request.release());
    Written.schema(ctx, state.root().getParent()); // the editor schema matches this version
    PrintStream screen = reports.takeStdout() ? ctx.err() : ctx.out();
    Terminal term = terminal.open(ctx, screen);
    Instant started = Clock.systemUTC().instant();
    // asking git and tidying old logs take a few processes and file walks: beside the items,
    // not before them
    CompletableFuture<RunEnvironment> environment =
        CompletableFuture.supplyAsync(() -> Environment.of(state.root().getParent()));
    Path logDir = state.newLogDir(started);
    CompletableFuture<Void> pruned = CompletableFuture.runAsync(() -> state.pruneLogs(logDir));
    LogFiles logs = new LogFiles(logDir, ctx.cwd());
    Execution execution = new Execution(ctx.env(), checklist.secrets(), logs, request.jobs(),
        request.failFast(), notifications.announcer(environment::join),
        new Judge(signoffs.ledger(records, releases)));
    long t0 = System.nanoTime();
    List<ItemResult> results;
    try (Interrupts ignored = new Interrupts(execution::interrupt, execution::killNow).install()) {
      results = execution.run(plan, term.progress());
    } finally {
      term.progress().clear(); // the cursor comes back whatever happened
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0); // the run's time, not the prompt's
    boolean interrupted = execution.wasInterrupted();
    if (request.prompt() && !interrupted) {
      PromptInput input = new PromptInput(ctx.in());
      results = askForSignoffs(input, results, screen, signoffs, releases);
      interrupted = input.wasInterrupted();
    }
    Verdict verdict = GatePolicy.decide(results, interrupted);
    RunResult run = new RunResult(checklist, started, took, results, verdict,
        environment.join(), request.shard());
    pruned.join();

    term.finish(run);
    boolean written = reports.write(run);
    remember(run);
    notifications.afterRun(run, screen);
    if (!written && verdict.exitCode() == ExitCode.PASSED) {
      return ExitCode.FAILED.code(); // a gate whose evidence was lost must not pass
    }
    return verdict.exitCode().code();
  }

  /**
   * The pending manual items asked about on the terminal, each yes recorded and judged again.
   * Ctrl-C ends the questions (a second one ends preflight); records are whole or absent.
   */
  private List<ItemResult> askForSignoffs(PromptInput input, List<ItemResult> results,
      PrintStream screen, SignoffStore signoffs, Releases releases) {
    try (Interrupts ignored = new Interrupts(input::interrupt,
        () -> Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code())).install()) {
      return new SignoffPrompt(ctx, screen, input, new Recorder(ctx, checklist, signoffs),
          releases).ask(results, () -> Signer.name(ctx, signoffs.checklistDir()),
          written -> new Judge(signoffs.ledger(written, releases)));
    }
  }

  /** The items that did not pass last time, narrowed by {@code --only}. */
  private Set<String> rerunSelection() throws IOException {
    Set<String> selected = LastRun.notPassed(state.lastRun());
    selected.retainAll(checklist.items().stream().map(i -> i.id()).toList());
    if (!request.only().isEmpty()) {
      selected.removeIf(id -> !request.only().contains(id));
    }
    return selected;
  }

  private void remember(RunResult run) {
    if (run.shard() != null) {
      return; // a part is not the last run; every shard must balance from the same file
    }
    try {
      AtomicFiles.write(state.lastRun(), new JsonReport().render(run));
    } catch (IOException e) {
      ctx.err().println("preflight: cannot record this run in " + state.lastRun() + ": "
          + e.getMessage() + " (--rerun-failed will not see it)");
    }
  }
}
