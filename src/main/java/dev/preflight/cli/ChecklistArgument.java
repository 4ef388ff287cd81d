package dev.preflight.cli;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.Diagnostic;
import dev.preflight.load.LoadResult;
import dev.preflight.model.Checklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The checklist file argument and {@code --var}, shared by every command that reads one. */
final class ChecklistArgument {
  static final List<String> DEFAULT_NAMES = List.of("preflight.yaml", ".preflight.yaml");

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Checklist file (default: preflight.yaml, then .preflight.yaml, here).")
  String file;

  @Option(
      names = "--var",
      paramLabel = "KEY=VALUE",
      description = "Set a checklist variable ({{ KEY }}), overriding vars: in the file.")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Apply a profile from the checklist's profiles: (its vars and env).")
  String profile;

  /**
   * The loaded checklist, or null after printing every problem to stderr and a count of them
   * that ends with {@code consequence} (e.g. "; nothing was run").
   */
  Checklist load(Context ctx, String consequence) {
    return load(ctx, file, vars, profile, consequence);
  }

  /** {@link #load(Context, String)} for a file named some other way, e.g. {@code -f FILE}. */
  static Checklist load(Context ctx, String file, Map<String, String> vars, String consequence) {
    return load(ctx, file, vars, null, consequence);
  }

  private static Checklist load(Context ctx, String file, Map<String, String> vars,
      String profile, String consequence) {
    String display = file;
    if (display == null) {
      display = DEFAULT_NAMES.stream()
          .filter(n -> Files.exists(ctx.cwd().resolve(n)))
          .findFirst()
          .orElse(null);
      if (display == null) {
        ctx.err().println("preflight: no checklist found: looked for "
            + String.join(" and ", DEFAULT_NAMES) + " in " + ctx.cwd()
            + " (name one, e.g. 'preflight run checklists/release.yaml')");
        return null;
      }
    }
    Path path = ctx.cwd().resolve(display);
    LoadResult result = new ChecklistLoader().load(path, display, vars, profile);
    if (result.ok()) {
      return result.checklist();
    }
    for (Diagnostic d : result.diagnostics()) {
      ctx.err().println(d.render());
    }
    int n = result.diagnostics().size();
    ctx.err().println(n + (n == 1 ? " problem" : " problems") + " in " + display + consequence);
    return null;
  }
}
