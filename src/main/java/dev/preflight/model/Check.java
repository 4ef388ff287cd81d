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

  /**
   * Instructions for a human ({@code manual:}); the item waits for a sign-off (SPEC §9).
   *
   * @param validFor how long a sign-off counts ({@code valid_for:}), or null for ever
   * @param signers who may sign ({@code signers:}); empty for anyone
   * @param signoffsRequired how many distinct people must sign, at least 1
   * @param releaseBound whether a sign-off counts only for the release it was made for
   */
  record Manual(String instructions, java.time.Duration validFor, List<String> signers,
      int signoffsRequired, boolean releaseBound) implements Check {
    public Manual {
      signers = List.copyOf(signers);
      signoffsRequired = Math.max(1, signoffsRequired);
    }

    /** One sign-off by anyone, for ever, whatever the release. */
    public Manual(String instructions) {
      this(instructions, null, List.of(), 1, false);
    }

    public String kind() {
      return "manual";
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
