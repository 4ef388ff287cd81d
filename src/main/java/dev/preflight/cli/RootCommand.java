package dev.preflight.cli;

import dev.preflight.model.ExitCode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "preflight",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Runs a release checklist and gates the release on its result.",
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
  /** Every subcommand, in the order help lists them; {@link Cli} adds them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class,
      ListCommand.class, SignoffCommand.class, WaiveCommand.class, SignoffsCommand.class,
      MergeCommand.class, ImportCommand.class, SchemaCommand.class, InitCommand.class,
      CompletionCommand.class, ManCommand.class);

  /** Commands that describe the whole command model, and so need all of it. */
  private static final Set<String> DESCRIBE_ALL = Set.of("completion", "man");

  /**
   * The subcommands to build for {@code args}: only the one named first, when it is named
   * exactly, and none for {@code --version}. Building picocli's model of a command reads all its annotations, and a run needs
   * one command's, not twelve; help, a typo's "did you mean" and completion get them all.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    String first = args.length == 0 ? "" : args[0];
    if (first.equals("--version") || first.equals("-V")) {
      return List.of();
    }
    if (DESCRIBE_ALL.contains(first)) {
      return SUBCOMMANDS;
    }
    List<Class<?>> named = SUBCOMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
    return named.isEmpty() ? SUBCOMMANDS : named;
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.INVALID.code();
  }
}
