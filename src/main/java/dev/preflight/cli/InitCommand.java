package dev.preflight.cli;

import dev.preflight.author.ChecklistText;
import dev.preflight.author.Outline;
import dev.preflight.author.StarterChecklist;
import dev.preflight.model.ExitCode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Write a starter checklist for the project here: its build and test tools "
        + "(Maven, Gradle, npm, Python, make, Go, Cargo, GitHub Actions) and the go-live steps "
        + "to sign off. Never overwrites a file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:the checklist file exists already; nothing was written"})
final class InitCommand implements Callable<Integer> {
  private final Context ctx;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write it (default: preflight.yaml).")
  String output;

  InitCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws IOException {
    String name = output == null ? ChecklistArgument.DEFAULT_NAMES.get(0) : output;
    Path file = ctx.cwd().resolve(name);
    for (String existing : output == null ? ChecklistArgument.DEFAULT_NAMES : java.util.List.of(
        name)) {
      if (Files.exists(ctx.cwd().resolve(existing))) {
        ctx.err().println("preflight init: " + existing + " already exists; nothing was written"
            + " (edit it, or name another file with -o)");
        return ExitCode.INVALID.code();
      }
    }
    Outline outline = StarterChecklist.of(ctx.cwd());
    try {
      Written.checklist(ctx, file, ChecklistText.render(outline));
    } catch (FileAlreadyExistsException e) {
      ctx.err().println("preflight init: " + name + " appeared meanwhile; nothing was written");
      return ExitCode.INVALID.code();
    }
    int items = outline.itemCount();
    int sections = outline.sections().size();
    ctx.out().println("Wrote " + name + ": " + items + (items == 1 ? " item" : " items") + " in "
        + sections + (sections == 1 ? " section" : " sections") + " (" + outline.sections().stream()
            .map(Outline.Section::title).reduce((a, b) -> a + ", " + b).orElse("") + ").");
    ctx.out().println("Next: preflight validate " + name + ", then preflight run " + name);
    return ExitCode.PASSED.code();
  }
}
