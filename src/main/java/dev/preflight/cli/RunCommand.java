package dev.preflight.cli;

import dev.preflight.load.LastRun;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Verdict;
import dev.preflight.report.JsonReport;
import dev.preflight.report.PlanReport;
import dev.preflight.run.GatePolicy;
import dev.preflight.run.LogFiles;
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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

  @Option(names = "--fail-fast", arity = "0..1", fallbackValue = "WAIT", paramLabel = "kill",
      converter = FailFastConverter.class,
      description = "Start nothing new after the first blocking failure; =kill also stops "
          + "running items.")
  Scheduler.FailFast failFast = Scheduler.FailFast.OFF;

  @Option(names = "--report", paramLabel = "FORMAT=PATH", converter = ReportRequest.Converter.class,
      description = "Also write a machine report: json, junit, markdown, html or github; PATH "
          + "'-' is standard output. Repeatable.")
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
    Checklist c = checklist.load(ctx, "; nothing was run");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    Reports machineReports = Reports.of(ctx, reports);
    String problem = invocationProblem(c, machineReports);
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

    PrintStream screen = machineReports.takeStdout() ? ctx.err() : ctx.out();
    Terminal term = terminal.open(ctx, screen);
    Instant started = Clock.systemUTC().instant();
    LogFiles logs = new LogFiles(state.newLogDir(started), ctx.cwd());
    Execution execution = new Execution(ctx.env(), c.secrets(), logs, parallel, failFast);
    long t0 = System.nanoTime();
    List<ItemResult> results;
    try (Interrupts ignored = new Interrupts(execution::interrupt, execution::killNow).install()) {
      results = execution.run(plan, term.progress());
    } finally {
      term.progress().clear(); // the cursor comes back whatever happened
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    Verdict verdict = GatePolicy.decide(results, execution.wasInterrupted());
    RunResult run = new RunResult(c, started, took, results, verdict,
        Environment.of(state.root().getParent()));

    term.finish(run);
    boolean written = machineReports.write(run);
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

  private String invocationProblem(Checklist c, Reports machineReports) {
    if (jobs != null && jobs < 1) {
      return "--jobs must be at least 1, got " + jobs;
    }
    Set<String> named = new LinkedHashSet<>(only);
    named.addAll(skip);
    named.addAll(tags);
    Set<String> unknown = Plan.unknownNames(c, named);
    if (!unknown.isEmpty()) {
      return "no item, section or tag named " + String.join(", ", unknown)
          + " (see 'preflight list " + c.file() + "')";
    }
    return machineReports.problem();
  }

  /** {@code --fail-fast} alone waits for running items; {@code --fail-fast=kill} stops them. */
  static final class FailFastConverter implements ITypeConverter<Scheduler.FailFast> {
    @Override
    public Scheduler.FailFast convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "wait" -> Scheduler.FailFast.WAIT;
        case "kill" -> Scheduler.FailFast.KILL;
        default -> throw new TypeConversionException(
            "--fail-fast takes no value or 'kill', got '" + value + "'");
      };
    }
  }
}
