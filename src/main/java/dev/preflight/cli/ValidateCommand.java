package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Load and validate a checklist and its sign-off records; print every problem."
        + " Runs nothing.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the checklist and its records file are valid",
        "2:the checklist or its records file has problems (all printed)"})
final class ValidateCommand implements Callable<Integer> {
  private final Context ctx;
  @Mixin ChecklistArgument checklist;

  ValidateCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Checklist c = checklist.load(ctx, "");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    if (SignoffStore.of(ctx, c).read("") == null) {
      return ExitCode.INVALID.code(); // the records file beside it is part of the gate's input
    }
    List<Item> items = c.items();
    long manual = items.stream().filter(i -> i.kind().equals("manual")).count();
    ctx.out().printf("%s: valid — %d items (%d automated, %d manual)%n",
        c.file(), items.size(), items.size() - manual, manual);
    return ExitCode.PASSED.code();
  }
}
