package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Shard;
import dev.preflight.notify.RunNotifier;
import dev.preflight.run.Scheduler;
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

  @Option(names = "--notify", paramLabel = "WHEN", converter = NotifyModeConverter.class,
      description = "Tell the checklist's notify: targets about the run: auto (as each "
          + "target's when: says; the default), always, or never (notify items are skipped).")
  RunNotifier.Mode notify = RunNotifier.Mode.AUTO;

  @Option(names = "--no-input", description = "Never ask for sign-offs (the default without a "
      + "terminal); on a terminal, pending manual items are asked about after the run.")
  boolean noInput;

  @Option(names = "--release", paramLabel = "R",
      description = "The release this run is for, as release_bound sign-offs name it (default: "
          + "the current git commit).")
  String release;

  @Option(names = "--dry-run",
      description = "Print the plan (waves of items that can run together, what is filtered "
          + "out and why) and run nothing.")
  boolean dryRun;

  @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
      description = "Run only the I-th of N shards (CI matrix); combine the shards' json "
          + "reports with 'preflight merge'.")
  Shard shard;

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
    if (jobs != null && jobs < 1) {
      ctx.err().println("preflight run: --jobs must be at least 1, got " + jobs);
      return ExitCode.INVALID.code();
    }
    RunRequest request = new RunRequest(only, skip, tags,
        jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, failFast, rerunFailed,
        dryRun, ctx.tty() && !noInput, reports, notify, shard, release);
    GateRun run = new GateRun(ctx, c, request);
    String problem = run.problem();
    if (problem != null) {
      ctx.err().println("preflight run: " + problem);
      return ExitCode.INVALID.code();
    }
    return run.run(terminal);
  }

  /** {@code --notify never|always|auto}, with the choices named when the value is none. */
  static final class NotifyModeConverter implements ITypeConverter<RunNotifier.Mode> {
    @Override
    public RunNotifier.Mode convert(String value) {
      for (RunNotifier.Mode m : RunNotifier.Mode.values()) {
        if (m.label().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new TypeConversionException(
          "--notify takes never, always or auto, got '" + value + "'");
    }
  }

  /** {@code --shard 2/4}: the second of four shards. */
  static final class ShardConverter implements ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,4})/(\\d{1,4})")
          .matcher(value.strip());
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        if (count >= 1 && index >= 1 && index <= count) {
          return new Shard(index, count);
        }
      }
      throw new TypeConversionException("--shard takes I/N with 1 <= I <= N, e.g. --shard 2/4;"
          + " got '" + value + "'");
    }
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
