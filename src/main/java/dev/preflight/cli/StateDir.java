package dev.preflight.cli;

import java.nio.file.Path;

/**
 * The {@code .preflight/} directory beside a checklist: the last run's report, item logs and,
 * later, sign-offs. Kept next to the checklist so that each checklist has its own history.
 */
record StateDir(Path root) {
  static StateDir of(Path checklistFile) {
    Path dir = checklistFile.toAbsolutePath().normalize().getParent();
    return new StateDir(dir.resolve(".preflight"));
  }

  Path lastRun() {
    return root.resolve("last-run.json");
  }

  Path logs(String runId) {
    return root.resolve("logs").resolve(runId);
  }
}
