package dev.preflight.cli;

import dev.preflight.model.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "man",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Print the man page (roff), made from the same command model as --help.",
        "Read it with: preflight man | man -l -   or install it: "
            + "preflight man > ~/.local/share/man/man1/preflight.1"})
final class ManCommand implements Callable<Integer> {
  private final Context ctx;

  @Spec CommandSpec spec;

  ManCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ctx.out().print(ManPage.of(spec.root(), "preflight " + VersionProvider.version()));
    return ExitCode.PASSED.code();
  }
}
