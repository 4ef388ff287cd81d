package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.report.ChecklistTree;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Print the checklist's tree: sections, item ids, kinds, tags and needs.")
final class ListCommand implements Callable<Integer> {
  private final Context ctx;
  @Mixin ChecklistArgument checklist;

  ListCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Checklist c = checklist.load(ctx, "");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    ctx.out().print(ChecklistTree.render(c));
    return ExitCode.PASSED.code();
  }
}
