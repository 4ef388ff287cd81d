package dev.preflight.model;

import java.util.List;

/** What an item does: exactly one kind per item. */
public sealed interface Check {

  /** The kind shown by {@code preflight list} and in reports: command, manual or probe. */
  String kind();

  /** A shell command line ({@code run:}), run with {@code sh -c} or {@code bash -c}. */
  record Script(String script, Shell shell) implements Check {
    public String kind() {
      return "command";
    }
  }

  /** An argument vector ({@code args:}), run without a shell. */
  record Argv(List<String> argv) implements Check {
    public Argv {
      argv = List.copyOf(argv);
    }

    public String kind() {
      return "command";
    }
  }

  /** Instructions for a human ({@code manual:}); the item waits for a sign-off. */
  record Manual(String instructions) implements Check {
    public String kind() {
      return "manual";
    }
  }

  /**
   * Sends {@code message} to {@code target} ({@code notify:}); passes when the target accepted
   * it. Both may hold {@code {{ env.NAME }}}, expanded from the run's environment when it runs.
   */
  record Notify(NotifyTarget target, String message) implements Check {
    public String kind() {
      return "notify";
    }
  }

  enum Shell {
    SH,
    BASH;

    public String executable() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
