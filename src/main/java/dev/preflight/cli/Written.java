package dev.preflight.cli;

import dev.preflight.author.ChecklistText;
import dev.preflight.load.ChecklistSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a new checklist for {@code init} and {@code import}, and the editor schema its header
 * points to ({@link ChecklistText#SCHEMA_PATH}), which is ours to refresh.
 */
final class Written {
  private Written() {}

  /** Creates {@code file}; fails rather than replace one that appeared meanwhile. */
  static void checklist(Context ctx, Path file, String yaml) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(file, yaml, java.nio.charset.StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    schema(ctx, dir);
  }

  /** The schema beside a checklist in {@code dir}; a failure is a warning, not an error. */
  static void schema(Context ctx, Path dir) {
    Path target = dir.resolve(ChecklistText.SCHEMA_PATH);
    String writtenBy = "preflight " + VersionProvider.version();
    try {
      // a run pays for building the schema only when another version wrote the file
      if (Files.isRegularFile(target) && Files.size(target) < 1024 * 1024
          && Files.readString(target).contains("\"$comment\" : \"" + writtenBy + "\"")) {
        return;
      }
      AtomicFiles.write(target, ChecklistSchema.json(writtenBy));
    } catch (IOException e) {
      ctx.err().println("preflight: cannot write the editor schema " + target + ": "
          + e.getMessage());
    }
  }
}
