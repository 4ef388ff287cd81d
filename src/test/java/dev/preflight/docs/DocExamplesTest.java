package dev.preflight.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complete checklist shown in the README and docs/ (a ```yaml block starting with
 * {@code version:}) loads without a single diagnostic, so the docs cannot drift from the format.
 */
class DocExamplesTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");

  /** Blocks that start with {@code # file: NAME} are files an example refers to. */
  private static final Pattern FILE_BLOCK =
      Pattern.compile("(?ms)^```[a-z]*\\n# file: (\\S+)\\n(.*?)^```");

  record Example(String name, String yaml, Map<String, String> files) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every complete checklist in README.md and docs/*.md, named by file and position. */
  static List<Example> examples() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path doc : docs) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Map<String, String> files = new java.util.LinkedHashMap<>();
      Matcher f = FILE_BLOCK.matcher(text);
      while (f.find()) {
        files.put(f.group(1), f.group(2));
      }
      Matcher m = YAML_BLOCK.matcher(text);
      for (int n = 1; m.find(); n++) {
        if (m.group(1).startsWith("version:")
            || m.group(1).startsWith("# yaml-language-server:")) {
          examples.add(new Example(doc + " #" + n, m.group(1), files));
        }
      }
    }
    return examples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void documentedChecklistIsValid(Example example, @TempDir Path dir) throws IOException {
    for (Map.Entry<String, String> f : example.files().entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("example.yaml");
    Files.writeString(file, example.yaml(), StandardCharsets.UTF_8);
    LoadResult result = new ChecklistLoader().load(file, example.name(), Map.of());
    assertThat(result.diagnostics()).as(example.name()).isEmpty();
  }
}
