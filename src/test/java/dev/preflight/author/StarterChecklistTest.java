package dev.preflight.author;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.LoadResult;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** preflight init in projects of each ecosystem: every tool with a parser is read by it. */
class StarterChecklistTest {
  @TempDir Path dir;

  private Map<String, String> parsersById() throws IOException {
    Path file = dir.resolve("preflight.yaml");
    Files.writeString(file, ChecklistText.render(StarterChecklist.of(dir)));
    LoadResult r = new ChecklistLoader().load(file, "preflight.yaml", Map.of());
    assertThat(r.diagnostics()).as(Files.readString(file)).isEmpty();
    Checklist c = r.checklist();
    return c.items().stream().collect(Collectors.toMap(Item::id,
        i -> i.parse() == null ? "-" : i.parse().parser(), (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void nodeScriptsAreReadByTheToolsTheyRun() throws IOException {
    Files.copy(Path.of("examples/node-service/package.json"), dir.resolve("package.json"));
    assertThat(parsersById()).containsEntry("npm-test", "jest").containsEntry("npm-lint", "eslint")
        .containsEntry("npm-audit", "npm-audit");
  }

  @Test
  void nodeTestRunnerTscAndAPlainBuild() throws IOException {
    Files.writeString(dir.resolve("package.json"), """
        {"name": "x", "scripts": {"test": "node --test test/", "typecheck": "tsc --noEmit",
         "build": "vite build"}}
        """);
    assertThat(parsersById()).containsEntry("npm-test", "node-test")
        .containsEntry("npm-typecheck", "tsc").containsEntry("npm-build", "-");
  }

  @Test
  void mavenGoAndRust() throws IOException {
    Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
    Files.writeString(dir.resolve("go.mod"), "module example.com/shop\n\ngo 1.19\n");
    Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"shop\"\n");
    assertThat(parsersById()).containsEntry("maven-verify", "maven")
        .containsEntry("go-test", "go-test").containsEntry("go-vet", "go-vet")
        .containsEntry("cargo-test", "cargo-test").containsEntry("cargo-clippy", "clippy");
  }
}
