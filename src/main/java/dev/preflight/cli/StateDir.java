package dev.preflight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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

  /** How many runs' logs are kept; older ones are deleted when a run starts. */
  static final int KEPT_RUNS = 10;

  /**
   * The log directory for a run starting now ({@code logs/20261127T180000Z}, sortable); it is
   * made when the first log is written.
   */
  Path newLogDir(Instant started) {
    Path logs = root.resolve("logs");
    String name = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(started);
    Path dir = logs.resolve(name);
    for (int n = 2; Files.exists(dir); n++) {
      dir = logs.resolve(name + "-" + n);
    }
    return dir;
  }

  /** Deletes all but the newest {@link #KEPT_RUNS} - 1 run directories before {@code current}. */
  void pruneLogs(Path current) {
    Path logs = current.getParent();
    if (!Files.isDirectory(logs)) {
      return;
    }
    try (Stream<Path> runs = Files.list(logs)) {
      List<Path> sorted = runs.filter(p -> !p.equals(current) && Files.isDirectory(p))
          .sorted(Comparator.reverseOrder()).toList();
      for (Path old : sorted.subList(Math.min(sorted.size(), KEPT_RUNS - 1), sorted.size())) {
        try (Stream<Path> files = Files.walk(old)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // old logs are a convenience; failing to tidy them must not stop a run
    }
  }
}
