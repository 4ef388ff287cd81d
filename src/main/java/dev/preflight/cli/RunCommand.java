package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Verdict;
import dev.preflight.load.LastRun;
import dev.preflight.report.JsonReport;
import dev.preflight.report.PlanReport;
import dev.preflight.report.ReportFormat;
import dev.preflight.report.ReportFormats;
import dev.preflight.run.GatePolicy;
import dev.preflight.run.ItemRunner;
import dev.preflight.run.Plan;
import dev.preflight.run.Scheduler;
import dev.preflight.run.Waves;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Load, validate and run a checklist, print the report and gate on the result.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed: no blocking item failed, errored, was blocked or is pending",
      "1:gate failed: a blocking item failed, errored (incl. timeout) or was blocked",
      "2:invalid invocation or checklist; nothing was run",
      "3:only pending sign-offs stand between this run and a pass",
      "4:internal error (a bug); details with --verbose",
      "130:interrupted; child processes killed, reports written"
    })
final class RunCommand implements Callable<Integer> {
  private final Context ctx;

  @Mixin ChecklistArgument checklist;
  @Mixin TerminalOptions terminal;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Run up to N items at once (default: number of processors).")
  Integer jobs;

  @Option(names = "--only", split = ",", paramLabel = "ID",
      description = "Run only these items, sections or tags (and what they need).")
  Set<String> only = new LinkedHashSet<>();

  @Option(names = "--skip", split = ",", paramLabel = "ID",
      description = "Do not run these items, sections or tags.")
  Set<String> skip = new LinkedHashSet<>();

  @Option(names = "--tag", split = ",", paramLabel = "TAG",
      description = "Run only items with one of these tags.")
  Set<String> tags = new LinkedHashSet<>();

  @Option(names = "--fail-fast", arity = "0..1", fallbackValue = "wait", paramLabel = "kill",
      description = "Start nothing new after the first blocking failure; =kill also stops "
          + "running items.")
  String failFast;

  @Option(names = "--report", paramLabel = "FORMAT=PATH", converter = ReportRequest.Converter.class,
      description = "Also write a machine report (json); PATH '-' is standard output. Repeatable.")
  List<ReportRequest> reports = new ArrayList<>();

  @Option(names = "--no-input", description = "Never prompt (the default without a terminal).")
  boolean noInput;

  @Option(names = "--dry-run",
      description = "Print the plan (waves of items that can run together, what is filtered "
          + "out and why) and run nothing.")
  boolean dryRun;

  @Option(names = "--rerun-failed",
      description = "Run only the items that did not pass in the previous run.")
  boolean rerunFailed;

  RunCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws InterruptedException {
    Checklist c = checklist.load(ctx);
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    String problem = invocationProblem(c);
    if (problem != null) {
      ctx.err().println("preflight run: " + problem);
      return ExitCode.INVALID.code();
    }
    StateDir state = StateDir.of(ctx.cwd().resolve(c.file()));
    Set<String> selected = only;
    if (rerunFailed) {
      try {
        selected = LastRun.notPassed(state.lastRun());
      } catch (IOException e) {
        ctx.err().println("preflight run: --rerun-failed: " + e.getMessage());
        return ExitCode.INVALID.code();
      }
      selected.retainAll(c.items().stream().map(i -> i.id()).toList());
      if (!only.isEmpty()) {
        selected.removeIf(id -> !only.contains(id));
      }
      if (selected.isEmpty()) {
        ctx.out().println("Nothing to rerun: every item passed or was skipped in the last run.");
        return ExitCode.PASSED.code();
      }
    }
    int parallel = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    Plan plan = Plan.of(c, selected, skip, tags);
    if (dryRun) {
      ctx.out().print(PlanReport.render(c, Waves.of(plan), plan.notRun(), parallel));
      return ExitCode.PASSED.code();
    }

    boolean stdoutTaken = reports.stream().anyMatch(ReportRequest::toStdout);
    PrintStream screen = stdoutTaken ? ctx.err() : ctx.out();
    Terminal term = terminal.open(ctx, screen);
    Execution execution = new Execution(ctx.env(), parallel, failFastMode());
    Instant started = Clock.systemUTC().instant();
    long t0 = System.nanoTime();
    List<ItemResult> results;
    try (Interrupts ignored = new Interrupts(execution::interrupt, execution::killNow).install()) {
      results = execution.run(plan, term.progress());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    Verdict verdict = GatePolicy.decide(results, execution.wasInterrupted());
    RunResult run = new RunResult(c, started, took, results, verdict, RunEnvironment.unknown());

    term.finish(run);
    boolean written = writeReports(run);
    try {
      AtomicFiles.write(state.lastRun(), new JsonReport().render(run));
    } catch (IOException e) {
      ctx.err().println("preflight: cannot record this run in " + state.lastRun() + ": "
          + e.getMessage() + " (--rerun-failed will not see it)");
    }
    if (!written && verdict.exitCode() == ExitCode.PASSED) {
      return ExitCode.FAILED.code(); // a gate whose evidence was lost must not pass
    }
    return verdict.exitCode().code();
  }

  private String invocationProblem(Checklist c) {
    if (jobs != null && jobs < 1) {
      return "--jobs must be at least 1, got " + jobs;
    }
    if (failFast != null && !failFast.equals("wait") && !failFast.equals("kill")) {
      return "--fail-fast takes no value or 'kill', got '" + failFast + "'";
    }
    Set<String> named = new LinkedHashSet<>(only);
    named.addAll(skip);
    named.addAll(tags);
    Set<String> unknown = Plan.unknownNames(c, named);
    if (!unknown.isEmpty()) {
      return "no item, section or tag named " + String.join(", ", unknown)
          + " (see 'preflight list " + c.file() + "')";
    }
    if (reports.stream().filter(ReportRequest::toStdout).count() > 1) {
      return "only one --report can write to standard output ('-')";
    }
    for (ReportRequest r : reports) {
      if (ReportFormats.named(r.format()).isEmpty()) {
        return "unknown report format '" + r.format() + "' in --report " + r.format() + "="
            + r.path() + " (known: " + String.join(", ", ReportFormats.names()) + ")";
      }
      if (!r.toStdout() && !AtomicFiles.canCreate(ctx.cwd().resolve(r.path()))) {
        return "cannot write --report " + r.format() + "=" + r.path()
            + ": its directory is not writable";
      }
    }
    return null;
  }

  private Scheduler.FailFast failFastMode() {
    if (failFast == null) {
      return Scheduler.FailFast.OFF;
    }
    return failFast.equals("kill") ? Scheduler.FailFast.KILL : Scheduler.FailFast.WAIT;
  }

  private boolean writeReports(RunResult run) {
    boolean ok = true;
    for (ReportRequest r : reports) {
      ReportFormat format = ReportFormats.named(r.format()).orElseThrow();
      String text = format.render(run);
      if (r.toStdout()) {
        ctx.out().print(text);
        continue;
      }
      try {
        AtomicFiles.write(ctx.cwd().resolve(r.path()), text);
      } catch (IOException e) {
        ctx.err().println("preflight: cannot write " + r.format() + " report to " + r.path()
            + ": " + e.getMessage());
        ok = false;
      }
    }
    return ok;
  }
}
