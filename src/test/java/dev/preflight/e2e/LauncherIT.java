package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.preflight.testing.Preflight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/preflight as a user runs it: the class-data archive it keeps in the user's cache is made
 * by the first run, mapped by the next start, and replaced or ignored without a word when it
 * no longer fits the jar or the JDK.
 */
class LauncherIT {
  private static final Path LAUNCHER =
      Preflight.jar().getParent().getParent().resolve("bin/preflight");
  private static final String MAIN_FROM_ARCHIVE =
      "dev.preflight.Main source: shared objects file (top)";

  @TempDir Path dir;
  private Path cache;
  private Path javaHome;

  record Outcome(int exitCode, String stdout, String stderr) {}

  @BeforeEach
  void checklist() throws IOException {
    cache = dir.resolve("cache");
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: launcher
        sections:
          - id: s
            title: S
            items:
              - {id: t, title: trivial, run: "true"}
        """);
    javaHome = Path.of(ProcessHandle.current().info().command().orElseThrow())
        .toRealPath().getParent().getParent();
  }

  @Test
  void firstRunMakesTheArchiveAndTheNextStartMapsIt() throws Exception {
    Outcome first = launch(javaHome, "", "run", "--no-input");
    assertThat(first.exitCode()).isZero();
    assertThat(first.stdout()).contains("Gate: PASSED");
    assertThat(first.stderr()).isEmpty();
    assertThat(archives()).hasSize(1);

    Outcome second = launch(javaHome, "-Xlog:class+load", "run", "--no-input");
    assertThat(second.exitCode()).isZero();
    assertThat(second.stdout()).contains(MAIN_FROM_ARCHIVE).contains("Gate: PASSED");
    assertThat(second.stderr()).isEmpty();
    assertThat(archives()).singleElement().asString().endsWith(".jsa");
    // -Xshare:on makes the JVM refuse to start unless the archive maps
    assertThat(launch(javaHome, "-Xshare:on", "--version").stdout()).startsWith("preflight ");
  }

  @Test
  void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
    launch(javaHome, "", "run", "--no-input");
    launch(javaHome, "", "--version"); // a JDK 17 archive becomes usable on the next start
    Path archive = archives().get(0);
    Path otherJar = dir.resolve("other.jar");
    Files.copy(Preflight.jar(), otherJar);
    Path foreign = dir.resolve("foreign.jsa");
    run(List.of(javaHome.resolve("bin/java").toString(), "-Xlog:disable",
        "-XX:ArchiveClassesAtExit=" + foreign, "-jar", otherJar.toString(), "--version"),
        Map.of());
    Files.move(foreign, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Outcome stale = launch(javaHome, "", "run", "--no-input");
    assertThat(stale.exitCode()).isZero();
    assertThat(stale.stdout()).contains("Gate: PASSED").doesNotContain("[warning]")
        .doesNotContain("[error").doesNotContain("cds");
    assertThat(stale.stderr()).isEmpty();
    assertThat(launch(javaHome, "-Xlog:class+load", "run", "--no-input").stdout())
        .doesNotContain(MAIN_FROM_ARCHIVE);
  }

  @Test
  void anArchiveOfAnotherJdkIsIgnoredAndThatJdkGetsItsOwn() throws Exception {
    Optional<Path> other = otherJdk();
    assumeTrue(other.isPresent(), "no second JDK (19 or newer) under /usr/lib/jvm");
    launch(javaHome, "", "run", "--no-input");
    launch(javaHome, "", "--version");
    assertThat(archives()).hasSize(1);

    Outcome first = launch(other.get(), "", "run", "--no-input");
    assertThat(first.exitCode()).isZero();
    assertThat(first.stderr()).isEmpty();
    assertThat(first.stdout()).doesNotContain("[warning]").doesNotContain("cds");
    assertThat(archives()).hasSize(2); // one per JDK, neither replacing the other

    Outcome second = launch(other.get(), "-Xlog:class+load", "run", "--no-input");
    assertThat(second.stdout()).contains(MAIN_FROM_ARCHIVE);
    // the first JDK's archive is still its own
    assertThat(launch(javaHome, "-Xlog:class+load", "run", "--no-input").stdout())
        .contains(MAIN_FROM_ARCHIVE);

    // and an archive of one JDK under the other's name is passed over without a word
    List<Path> both = archives();
    Files.copy(both.get(0), both.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    for (Path jdk : List.of(javaHome, other.get())) {
      Outcome o = launch(jdk, "", "run", "--no-input");
      assertThat(o.exitCode()).isZero();
      assertThat(o.stderr()).isEmpty();
      assertThat(o.stdout()).contains("Gate: PASSED").doesNotContain("[warning]")
          .doesNotContain("cds");
    }
  }

  @Test
  void aNewJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
    launch(javaHome, "", "run", "--no-input");
    launch(javaHome, "", "--version");
    Path before = archives().get(0);
    // a rebuilt jar: the same path, another modification time
    Path jar = Preflight.jar();
    java.nio.file.attribute.FileTime was = Files.getLastModifiedTime(jar);
    try {
      Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
          was.toMillis() + 60_000));
      Outcome o = launch(javaHome, "", "run", "--no-input");
      assertThat(o.exitCode()).isZero();
      assertThat(o.stderr()).isEmpty();
      assertThat(archives()).hasSize(1).doesNotContain(before);
    } finally {
      Files.setLastModifiedTime(jar, was);
    }
  }

  @Test
  void helpAndVersionNeverLoadTheYamlParser() throws Exception {
    for (String arg : List.of("--version", "--help")) {
      Outcome o = launch(javaHome, "-Xlog:class+load", arg);
      assertThat(o.exitCode()).isZero();
      assertThat(o.stdout()).contains("dev.preflight.Main").doesNotContain("com.fasterxml");
    }
  }

  @Test
  void offMeansNoArchive() throws Exception {
    Outcome o = launchWith(javaHome, "", Map.of("PREFLIGHT_CDS", "off"), "run", "--no-input");
    assertThat(o.exitCode()).isZero();
    assertThat(Files.exists(cache)).isFalse();
  }

  private Outcome launch(Path jdk, String javaOpts, String... args) throws Exception {
    return launchWith(jdk, javaOpts, Map.of(), args);
  }

  private Outcome launchWith(Path jdk, String javaOpts, Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Map<String, String> environment = new java.util.HashMap<>(env);
    environment.put("PATH", jdk.resolve("bin") + ":/usr/bin:/bin");
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("PREFLIGHT_JAVA_OPTS", javaOpts);
    return run(command, environment);
  }

  private Outcome run(List<String> command, Map<String, String> env) throws Exception {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    pb.environment().remove("PREFLIGHT_CDS");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("did not finish: " + command);
    }
    return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private List<Path> archives() throws IOException {
    Path cds = cache.resolve("preflight/cds");
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cds)) {
      return files.sorted().toList();
    }
  }

  /** A JDK of version 19 or newer other than the one running the tests, if the machine has one. */
  private Optional<Path> otherJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
          .filter(h -> !h.equals(javaHome) && major(h) >= 19)
          .findFirst();
    }
  }

  private static int major(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return Integer.parseInt(line.replaceAll("JAVA_VERSION=\"?(\\d+).*", "$1"));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not a JDK we can tell the version of
    }
    return 0;
  }
}
