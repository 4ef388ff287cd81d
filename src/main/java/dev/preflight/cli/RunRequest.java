package dev.preflight.cli;

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
    String release) {

  RunRequest {
    only = Set.copyOf(only);
    skip = Set.copyOf(skip);
    tags = Set.copyOf(tags);
    reports = List.copyOf(reports);
  }

  /** A request for the release of the current git commit. */
  RunRequest(Set<String> only, Set<String> skip, Set<String> tags, int jobs,
      Scheduler.FailFast failFast, boolean rerunFailed, boolean dryRun, boolean prompt,
      List<ReportRequest> reports) {
    this(only, skip, tags, jobs, failFast, rerunFailed, dryRun, prompt, reports, null);
  }
}
