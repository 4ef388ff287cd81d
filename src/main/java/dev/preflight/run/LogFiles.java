package dev.preflight.run;

import dev.preflight.model.Item;
import java.nio.file.Path;

/**
 * Where each item's complete output goes: {@code <dir>/<id>.log}, and {@code <id>.<n>.log} for
 * the n-th attempt of a retried item, so no attempt overwrites another.
 *
 * @param dir null for no log files
 * @param shownFrom paths inside it are reported relative to it (the user's directory)
 */
public record LogFiles(Path dir, Path shownFrom) {
  public static final LogFiles NONE = new LogFiles(null, null);

  Path file(Item item, int attempt) {
    if (dir == null) {
      return null;
    }
    return dir.resolve(attempt == 1 ? item.id() + ".log" : item.id() + "." + attempt + ".log");
  }

  /** The path as the report prints it. */
  String shown(Path file) {
    if (file == null) {
      return null;
    }
    Path absolute = file.toAbsolutePath().normalize();
    return shownFrom != null && absolute.startsWith(shownFrom)
        ? shownFrom.relativize(absolute).toString() : absolute.toString();
  }
}
