package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/preflight}, the wrapper a newcomer runs first, in a copy of the checkout whose
 * {@code mvnw} and {@code java} are stand-ins that record how they were called: it builds when
 * the jar is missing or older than anything under {@code src/main} or {@code pom.xml}, keeps
 * Maven's output (and its colour resets) off the terminal, and shows it when the build fails.
 */
class BinPreflightIT {
  private static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

  @TempDir Path root;
  private Path builds;

  record Run(int exitCode, String stdout, String stderr) {}

  @BeforeEach
  void checkout() throws IOException {
    Files.createDirectories(root.resolve("bin"));
    Files.copy(Path.of("bin/preflight"), root.resolve("bin/preflight"),
        StandardCopyOption.COPY_ATTRIBUTES);
    builds = root.resolve("builds.log");
    // Maven on a terminal: escape codes on stdout, whatever -Dstyle.color says
    script("mvnw", "echo \"$*\" >> '" + builds + "'\n"
        + "printf '\\033[0m\\033[0m[INFO] building\\n'\n"
        + "[ -z \"${FAIL_BUILD:-}\" ] || { echo '[ERROR] COMPILATION ERROR' >&2; exit 1; }\n"
        + "mkdir -p target && echo jar > target/preflight.jar\n");
    Files.createDirectories(root.resolve("fakebin"));
    script("fakebin/java", "echo \"java $*\"\n");
    Files.createDirectories(root.resolve("src/main/java"));
    Files.writeString(root.resolve("src/main/java/Main.java"), "class Main {}\n");
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    age(root.resolve("src/main/java/Main.java"), BUILT.minusSeconds(3600));
    age(root.resolve("src/main/java"), BUILT.minusSeconds(3600));
    age(root.resolve("src/main"), BUILT.minusSeconds(3600));
    age(root.resolve("src"), BUILT.minusSeconds(3600));
    age(root.resolve("pom.xml"), BUILT.minusSeconds(3600));
  }

  @Test
  void buildsQuietlyOnFirstUseThenRunsTheJar() throws Exception {
    Run first = run(Map.of(), "--version");
    assertThat(first.exitCode()).isZero();
    assertThat(first.stderr()).isEqualTo(
        "preflight: building " + root.resolve("target/preflight.jar") + " (first run)…\n");
    assertThat(first.stdout()).isEqualTo("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn8m -jar "
        + root.resolve("target/preflight.jar") + " --version\n");
    assertThat(Files.readString(builds)).contains("-q", "-B", "-Dstyle.color=never", "package");
    assertThat(first.stdout() + first.stderr()).doesNotContain("\u001b");

    age(root.resolve("target/preflight.jar"), BUILT);
    Run second = run(Map.of(), "--version");
    assertThat(second.stderr()).isEmpty();
    assertThat(Files.readAllLines(builds)).hasSize(1);
  }

  @Test
  void rebuildsWhenASourceOrThePomIsNewerThanTheJar() throws Exception {
    run(Map.of(), "--version");
    age(root.resolve("target/preflight.jar"), BUILT);
    age(root.resolve("src/main/java/Main.java"), BUILT.plusSeconds(60));
    assertThat(run(Map.of(), "--version").stderr()).endsWith("(sources changed)…\n");
    assertThat(Files.readAllLines(builds)).hasSize(2);

    age(root.resolve("target/preflight.jar"), BUILT.plusSeconds(120));
    age(root.resolve("pom.xml"), BUILT.plusSeconds(180));
    assertThat(run(Map.of(), "--version").stderr()).endsWith("(sources changed)…\n");
    assertThat(Files.readAllLines(builds)).hasSize(3);
  }

  @Test
  void aTestSourceNewerThanTheJarBuildsNothing() throws Exception {
    run(Map.of(), "--version");
    age(root.resolve("target/preflight.jar"), BUILT);
    Path test = root.resolve("src/test/java/MainTest.java");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "class MainTest {}\n");
    age(test, BUILT.plusSeconds(3600));
    int before = Files.readAllLines(builds).size();

    Run r = run(Map.of(), "--version");

    assertThat(r.stderr()).isEmpty();
    assertThat(Files.readAllLines(builds)).hasSize(before);
  }

  @Test
  void aLinkToTheLauncherRunsTheCheckoutItPointsTo() throws Exception {
    Path link = root.resolve("elsewhere/bin/preflight");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, root.resolve("bin/preflight"));

    Run r = run(link, Map.of(), "--version");

    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).endsWith(
        "-jar " + root.resolve("target/preflight.jar") + " --version\n");
  }

  @Test
  void aFailedBuildShowsMavensOutputAndRunsNothing() throws Exception {
    Run r = run(Map.of("FAIL_BUILD", "1"), "--version");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains("[ERROR] COMPILATION ERROR",
        "preflight: the build failed; the output above says why");
  }

  private void script(String name, String body) throws IOException {
    Path file = root.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void age(Path file, Instant time) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(time));
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    return run(root.resolve("bin/preflight"), env, args);
  }

  private Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
    Path out = root.resolve("out.txt");
    Path err = root.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().add(launcher.toString());
    pb.command().addAll(java.util.List.of(args));
    pb.environment().put("PATH", root.resolve("fakebin") + ":/usr/bin:/bin");
    pb.environment().putAll(env);
    Process p = pb.directory(root.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
