package dev.preflight.load;

import dev.preflight.probe.Dotenv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/** Reads {@code env_file:} relative to the file that names it; problems name the env file. */
final class EnvFiles {
  private static final long MAX_BYTES = 1024L * 1024;

  private EnvFiles() {}

  static Map<String, String> read(Fields f, Context cx) {
    String name = f.text("env_file");
    if (name == null) {
      return Map.of();
    }
    Node at = f.node("env_file");
    Path file;
    try {
      file = cx.baseDir().resolve(name).normalize();
    } catch (InvalidPathException e) {
      cx.report(at, f.path("env_file"), "not a valid path: " + e.getReason(), null);
      return Map.of();
    }
    String text;
    try {
      if (!Files.isRegularFile(file)) {
        cx.report(at, f.path("env_file"), "env file " + name + " not found (looked at " + file
            + ")", "create it, or remove env_file:");
        return Map.of();
      }
      if (Files.size(file) > MAX_BYTES) {
        cx.report(at, f.path("env_file"), "env file " + name + " is larger than 1 MiB", null);
        return Map.of();
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      cx.report(at, f.path("env_file"), "cannot read env file " + name + ": " + e.getMessage(),
          "save it as UTF-8 text");
      return Map.of();
    }
    Problems problems = cx.problems().forFile(Includes.display(cx.problems(), name));
    return Dotenv.parse(text, (line, column, message, fix) ->
        problems.add(new Mark(line, column), "", message, fix));
  }
}
