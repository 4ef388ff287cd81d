package dev.preflight.cli;

import dev.preflight.load.ChecklistSchema;
import dev.preflight.model.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Print the JSON Schema (draft 2020-12) of the checklist format, for editors "
        + "and other tools.",
        "Checklists written by init and import point their '# yaml-language-server: $schema=' "
        + "header at .preflight/checklist.schema.json beside them, which init, import and run "
        + "keep current."})
final class SchemaCommand implements Callable<Integer> {
  private final Context ctx;

  SchemaCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    ctx.out().print(ChecklistSchema.json("preflight " + VersionProvider.version()));
    return ExitCode.PASSED.code();
  }
}
