package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files with modification times set by the test, judged at a fixed clock. */
class FileProbeTest {
  private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  @TempDir Path dir;

  private void file(String name, int bytes, Duration ago) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, "x".repeat(bytes).getBytes());
    Files.setLastModifiedTime(p, FileTime.from(NOW.minus(ago)));
  }

  @Test
  void theNewestMatchIsJudged() throws Exception {
    file("var/backups/20261125.db", 5000, Duration.ofHours(50));
    file("var/backups/20261127.db", 2048, Duration.ofHours(3));
    file("var/backups/notes.txt", 10, Duration.ofMinutes(1));
    Observation o = observe(new FileProbe(), settings("path", "var/backups/*.db"), dir, Map.of(),
        CLOCK);
    assertThat(o.metrics()).containsEntry("exists", 1.0).containsEntry("matches", 2.0)
        .containsEntry("size", 2048.0)
        .containsEntry("age", (double) Duration.ofHours(3).toMillis());
    assertThat(o.texts().get("content")).hasSize(2048);
    assertThat(failures(o)).isEmpty();
  }

  @Test
  void recursiveGlobsAndPlainPaths() throws Exception {
    file("logs/a/app.log", 1, Duration.ofHours(2));
    file("logs/b/c/app.log", 2, Duration.ofHours(1));
    assertThat(observe(new FileProbe(), settings("path", "logs/**/*.log"), dir, Map.of(), CLOCK)
        .metrics()).containsEntry("matches", 2.0).containsEntry("size", 2.0);
    assertThat(observe(new FileProbe(), settings("path", "logs/a/app.log"), dir, Map.of(), CLOCK)
        .metrics()).containsEntry("size", 1.0);
  }

  @Test
  void noMatchFailsAndExplainsMissingFigures() throws Exception {
    Observation o = observe(new FileProbe(), settings("path", "var/backups/*.db"), dir, Map.of(),
        CLOCK);
    assertThat(o.metrics()).containsEntry("exists", 0.0).containsEntry("matches", 0.0)
        .doesNotContainKey("age");
    assertThat(failures(o)).containsExactly("no file matches var/backups/*.db in " + dir);
    assertThat(o.missing().get("age")).isEqualTo("no file matches var/backups/*.db in " + dir);
  }
}
