package dev.preflight.cli;

import dev.preflight.model.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Print a shell completion script for preflight's commands and options.",
        "bash:  source <(preflight completion bash)   (or save it in "
            + "/etc/bash_completion.d/preflight)",
        "zsh:   source <(preflight completion zsh)",
        "fish:  preflight completion fish > ~/.config/fish/completions/preflight.fish"})
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh, fish }

  private final Context ctx;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
  Shell shell;

  CompletionCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    CommandSpec root = spec.root();
    String name = root.name();
    String script = switch (shell) {
      // picocli writes one script for both: zsh runs it through bashcompinit
      case bash -> AutoComplete.bash(name, root.commandLine());
      case zsh -> "autoload -U +X compinit && compinit\n"
          + "autoload -U +X bashcompinit && bashcompinit\n"
          + AutoComplete.bash(name, root.commandLine());
      case fish -> FishCompletion.of(root);
    };
    ctx.out().print(script);
    return ExitCode.PASSED.code();
  }
}
