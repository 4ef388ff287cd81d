package dev.preflight.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The example projects under examples/, copied so a run never writes into the source tree. */
final class ExampleProjects {
  /** What a build leaves behind: never copied, so every run starts as a fresh clone would. */
  private static final Set<String> LEFT_BEHIND =
      Set.of("target", "node_modules", "coverage", ".preflight");

  private ExampleProjects() {}

  static Path copy(String example, Path into) throws IOException {
    Path from = Path.of("examples", example);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path rel = from.relativize(source);
        if (rel.getNameCount() > 0 && LEFT_BEHIND.contains(rel.getName(0).toString())) {
          continue;
        }
        Path target = into.resolve(rel.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return into;
  }

  static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  static JsonNode item(JsonNode report, String id) {
    for (JsonNode item : report.get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no item " + id + " in " + report);
  }

  static List<String> reasons(JsonNode item) {
    List<String> out = new ArrayList<>();
    item.get("reasons").forEach(reason -> out.add(reason.asText()));
    return out;
  }
}
