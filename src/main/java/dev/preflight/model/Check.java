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
   * An item known only from a report, by the kind the report names: {@code preflight merge}
   * renders such items again and never runs them.
   */
  record Recorded(String kind) implements Check {}

  enum Shell {
    SH,
    BASH;

    public String executable() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
