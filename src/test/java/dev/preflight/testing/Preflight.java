package dev.preflight.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, in a directory of the test's choosing. */
public final class Preflight {
  /** What one invocation printed and returned. */
  public record Outcome(int exitCode, String stdout, String stderr) {}

  private Preflight() {}

  public static Path jar() {
    String jar = System.getProperty("preflight.jar", "target/preflight.jar");
    return Path.of(jar).toAbsolutePath();
  }

  public static Process start(Path dir, Map<String, String> env, String... args)
      throws IOException {
    return builder(dir, env, args).start();
  }

  public static Outcome run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, Map.of(), args);
  }

  public static Outcome run(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("preflight-out", ".txt");
    Path err = Files.createTempFile("preflight-err", ".txt");
    try {
      Process p = builder(dir, env, args)
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("preflight did not finish: " + String.join(" ", args));
      }
      return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** No terminal, no CI variables of the machine running the tests, stdin closed. */
  private static ProcessBuilder builder(Path dir, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    pb.environment().putAll(env);
    return pb;
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
