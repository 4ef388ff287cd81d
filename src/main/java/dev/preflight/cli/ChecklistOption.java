package dev.preflight.cli;

import dev.preflight.model.Checklist;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code -f FILE} and {@code --var}, for commands whose positional arguments are item ids
 * ({@code signoff}, {@code waive}) or that have none ({@code signoffs}).
 */
final class ChecklistOption {
  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "Checklist file (default: preflight.yaml, then .preflight.yaml, here).")
  String file;

  @Option(names = "--var", paramLabel = "KEY=VALUE",
      description = "Set a checklist variable ({{ KEY }}), overriding vars: in the file.")
  Map<String, String> vars = new LinkedHashMap<>();

  /** The loaded checklist, or null after printing every problem. */
  Checklist load(Context ctx, String consequence) {
    return ChecklistArgument.load(ctx, file, vars, consequence);
  }
}
