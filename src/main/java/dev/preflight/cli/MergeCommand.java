package dev.preflight.cli;

import dev.preflight.load.ReportReader;
import dev.preflight.model.ExitCode;
import dev.preflight.model.RunResult;
import dev.preflight.report.JsonReport;
import dev.preflight.report.Style;
import dev.preflight.report.TerminalReport;
import dev.preflight.run.ShardMerge;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Fold the json reports of 'run --shard I/N' into one run: one report, one "
        + "verdict, one exit code.",
        "Every shard of the run must be given, all from the same checklist version."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed: a blocking item failed, errored or was blocked",
      "2:a report is missing, unreadable, or from another checklist version or run",
      "3:only pending sign-offs stand between this run and a pass",
      "130:a shard was interrupted"
    })
final class MergeCommand implements Callable<Integer> {
  private final Context ctx;

  @Mixin TerminalOptions terminal;

  @Parameters(arity = "1..*", paramLabel = "REPORT.json",
      description = "The json report of each shard (--report json=PATH on 'run --shard').")
  List<String> files = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FORMAT=PATH", converter = ReportRequest.Converter.class,
      description = "Write the merged run as a machine report: json, junit, markdown, html or "
          + "github; PATH '-' is standard output. Repeatable.")
  List<ReportRequest> reports = new ArrayList<>();

  MergeCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Reports out = Reports.of(ctx, reports);
    String problem = out.problem();
    if (problem != null) {
      ctx.err().println("preflight merge: " + problem);
      return ExitCode.INVALID.code();
    }
    List<ShardMerge.Part> parts = new ArrayList<>();
    for (String f : files) {
      try {
        parts.add(new ShardMerge.Part(f, ReportReader.read(ctx.cwd().resolve(f), f)));
      } catch (ReportReader.NotAReport e) {
        ctx.err().println("preflight merge: " + e.getMessage());
        return ExitCode.INVALID.code();
      }
    }
    ShardMerge.Outcome merged = ShardMerge.merge(parts);
    if (merged.problem() != null) {
      ctx.err().println("preflight merge: " + merged.problem());
      return ExitCode.INVALID.code();
    }
    RunResult run = merged.run();
    PrintStream screen = out.takeStdout() ? ctx.err() : ctx.out();
    Style style = Style.choose(terminal.color, ctx.tty() && screen == ctx.out(), ctx.env(),
        terminal.ascii);
    screen.print(new TerminalReport(style, ctx.width()).render(run));
    screen.flush();
    boolean written = out.write(run);
    remember(run);
    if (!written && run.verdict().exitCode() == ExitCode.PASSED) {
      return ExitCode.FAILED.code(); // a gate whose evidence was lost must not pass
    }
    return run.verdict().exitCode().code();
  }

  /**
   * When the checklist is here (the merge runs in the same checkout as the shards), the merged
   * run becomes its last run: {@code --rerun-failed} and the next shards' balance read it.
   */
  private void remember(RunResult run) {
    Path checklist = run.checklist().file() == null ? null
        : ctx.cwd().resolve(run.checklist().file());
    if (checklist == null || !Files.isRegularFile(checklist)) {
      return;
    }
    Path last = StateDir.of(checklist).lastRun();
    try {
      AtomicFiles.write(last, new JsonReport().render(run));
    } catch (IOException e) {
      ctx.err().println("preflight merge: cannot record the merged run in " + last + ": "
          + e.getMessage());
    }
  }
}
