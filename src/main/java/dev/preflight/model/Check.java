package dev.preflight.model;

import java.util.List;

/** What an item does: exactly one kind per item. */
public sealed interface Check {

  /**
   * The kind shown by {@code preflight list} and in reports: command, manual, probe, service or
   * notify.
   */
  String kind();

  /**
   * What a person signs off for this item, or null when it is not signed off: a manual item's
   * instructions and rules; for a notify item whose target is not configured, its message, to be
   * posted by hand, by anyone, once.
   */
  default Manual signable() {
    return null;
  }

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

    @Override
    public Manual signable() {
      return this;
    }

    public String kind() {
      return "manual";
    }
  }

  /**
   * A built-in probe (SPEC §3a), run inside preflight without a shell.
   *
   * @param probe the probe's registered name, e.g. {@code http}
   */
  record Probe(String probe, Settings settings) implements Check {
    public String kind() {
      return "probe";
    }
  }

  /**
   * A background process that other items need (SPEC §3a): started, waited for until ready, kept
   * up while anything that needs it is still to run, then stopped with its whole tree.
   *
   * @param command what to start: a {@link Script} or an {@link Argv}
   * @param ready how to tell it is ready; {@link Ready#NONE} for as soon as it started
   */
  record Service(Check command, Ready ready, java.time.Duration readyTimeout) implements Check {
    public String kind() {
      return "service";
    }
  }

  /**
   * When a service is ready.
   *
   * @param how {@code http} (a 2xx/3xx answer from the URL), {@code tcp} (a connection to
   *     {@code host:port}), {@code log} (its output contains the text), or {@code none}
   */
  record Ready(String how, String target) {
    public static final Ready NONE = new Ready("none", "");
  }

  /**
   * Sends {@code message} to {@code target} ({@code notify:}); passes when the target accepted
   * it. Both may hold {@code {{ env.NAME }}}, expanded from the run's environment when it runs.
   */
  record Notify(NotifyTarget target, String message) implements Check {
    @Override
    public Manual signable() {
      return new Manual(message);
    }

    public String kind() {
      return "notify";
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
