package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One invalid checklist per kind of problem under {@code src/test/resources/diagnostics/}; the
 * rendered diagnostics, one per line, must match {@code golden/diagnostics/<kind>.txt}.
 */
class DiagnosticsGoldenTest {
  private static final Path FIXTURES = Path.of("src/test/resources/diagnostics");

  static Stream<String> kinds() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rendersEveryProblem(String kind) {
    LoadResult result = new ChecklistLoader()
        .load(FIXTURES.resolve(kind + ".yaml"), kind + ".yaml", Map.of());

    assertThat(result.ok()).as("fixture %s should be invalid", kind).isFalse();
    assertThat(result.checklist()).isNull();
    String rendered = result.diagnostics().stream()
        .map(Diagnostic::render)
        .collect(Collectors.joining("\n", "", "\n"));
    Golden.assertMatches("diagnostics/" + kind + ".txt", rendered);
  }
}
