package dev.preflight.cli;

import dev.preflight.notify.RunNotifier;
import dev.preflight.model.Shard;
import dev.preflight.run.Scheduler;
import java.util.List;
import java.util.Set;

/**
 * What {@code preflight run} was asked to do, read once from the command line and checked before
 * anything runs.
 *
 * @param only items, sections or tags to run (with what they need); empty for all
 * @param skip items, sections or tags not to run
 * @param tags keep only items carrying one of these
 * @param jobs how many items may run at once, at least 1
 * @param prompt whether pending manual items may be asked about on the terminal
 * @param notifyMode {@code --notify}: whether the checklist's targets hear about the run, and
 *     whether notify items send their messages
 * @param shard the part of the checklist to run ({@code --shard}), null for all of it
 * @param release the release this run is for ({@code --release}), or null for the git commit
 */
record RunRequest(
    Set<String> only,
    Set<String> skip,
    Set<String> tags,
    int jobs,
    Scheduler.FailFast failFast,
    boolean rerunFailed,
    boolean dryRun,
    boolean prompt,
    List<ReportRequest> reports,
    RunNotifier.Mode notifyMode,
    Shard shard,
    String release) {

  RunRequest {
    only = Set.copyOf(only);
    skip = Set.copyOf(skip);
    tags = Set.copyOf(tags);
    reports = List.copyOf(reports);
  }

  /** A whole run, for the current commit, that leaves notifications to each target's when:. */
  RunRequest(Set<String> only, Set<String> skip, Set<String> tags, int jobs,
      Scheduler.FailFast failFast, boolean rerunFailed, boolean dryRun, boolean prompt,
      List<ReportRequest> reports) {
    this(only, skip, tags, jobs, failFast, rerunFailed, dryRun, prompt, reports,
        RunNotifier.Mode.AUTO, null, null);
  }
}
