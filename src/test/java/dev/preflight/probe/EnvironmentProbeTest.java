package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentProbeTest {
  @TempDir Path dir;

  @Test
  void aDotenvFileIsCheckedWithoutShowingSecrets() throws Exception {
    Files.writeString(dir.resolve(".env.production"), """
        # production settings
        APP_ENV=staging
        export DEBUG=false
        LOG_LEVEL="INFO"
        DATABASE_URL='postgresql://app:hunter2@db:5432/app'
        SECRET_KEY=s3cr3t-value-never-shown # rotated 2026-11
        REDIS_URL=
        MULTI="line one
        line two"
        """);
    Observation o = observe(new EnvironmentProbe(), settings("file", ".env.production",
        "require", List.of("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "API_KEYS"),
        "equals", new java.util.TreeMap<>(Map.of("APP_ENV", "production", "DEBUG", "false",
            "LOG_LEVEL", "INFO", "SECRET_KEY", "other", "MULTI", "line one\nline two"))),
        dir, Map.of("API_KEYS", "from-the-process-not-the-file"), Clock.systemUTC());
    assertThat(o.metrics()).containsEntry("missing", 1.0).containsEntry("empty", 1.0)
        .containsEntry("mismatched", 2.0);
    assertThat(failures(o)).containsExactly("missing: API_KEYS", "empty: REDIS_URL",
        "SECRET_KEY is not the expected value; APP_ENV = staging, expected production");
    assertThat(String.join("\n", failures(o)) + o.summary())
        .doesNotContain("s3cr3t").doesNotContain("hunter2");
  }

  @Test
  void withoutAFileTheRunsEnvironmentCounts() throws Exception {
    Observation o = observe(new EnvironmentProbe(), settings("require", List.of("HOME_DIR"),
        "equals", Map.of("APP_ENV", "production")), dir,
        Map.of("HOME_DIR", "/srv", "APP_ENV", "production"), Clock.systemUTC());
    assertThat(failures(o)).isEmpty();
    assertThat(o.metrics()).containsEntry("missing", 0.0);
  }

  @Test
  void aMissingOrMalformedFileIsUnreachable() throws Exception {
    assertThat(observe(new EnvironmentProbe(), settings("file", "nope.env", "require",
        List.of("X")), dir, Map.of(), Clock.systemUTC()).unreachable())
        .isEqualTo("no such file: nope.env (in " + dir + ")");
    Files.writeString(dir.resolve("bad.env"), "A=1\nthis is not a setting\n");
    assertThat(observe(new EnvironmentProbe(), settings("file", "bad.env", "require",
        List.of("A")), dir, Map.of(), Clock.systemUTC()).unreachable())
        .isEqualTo("bad.env: line 2: not a KEY=value line: this is not a setting");
  }
}
