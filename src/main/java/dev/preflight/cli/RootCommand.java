package dev.preflight.cli;

import dev.preflight.model.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs a release checklist and gates the release on its result.",
    subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class,
      SignoffCommand.class, WaiveCommand.class, SignoffsCommand.class, MergeCommand.class,
      ImportCommand.class, SchemaCommand.class, InitCommand.class, CompletionCommand.class,
      ManCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed: a blocking item failed, errored or was blocked",
      "2:invalid invocation or checklist; nothing was run",
      "3:only pending sign-offs stand between this run and a pass",
      "4:internal error",
      "130:interrupted"
    })
final class RootCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.INVALID.code();
  }
}
