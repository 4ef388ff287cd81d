package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Item;
import dev.preflight.parse.Parsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code from:}, a parser reads where its tool writes: stderr too for jest, go vet… */
class ParseDefaultFromTest {
  @Test
  void eachParserReadsWhereItsToolWritesUnlessFromSaysOtherwise(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, """
        version: 1
        name: Defaults
        sections:
          - id: s
            title: S
            items:
              - {id: jest, title: J, run: npx jest, parse: jest}
              - {id: vet, title: V, run: go vet ./..., parse: {parser: go-vet}}
              - {id: lint, title: L, run: npx eslint ., parse: eslint}
              - {id: told, title: T, run: npx jest --json, parse: {parser: jest, from: stdout}}
        """, StandardCharsets.UTF_8);
    LoadResult r = new ChecklistLoader().load(file, "p.yaml", Map.of());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.checklist().items()).extracting(i -> i.id() + "=" + from(i))
        .containsExactly("jest=output", "vet=output", "lint=stdout", "told=stdout");
  }

  /** What the item reads: its own from:, else where its parser's tool writes. */
  private static String from(Item item) {
    String from = item.parse().from();
    return from != null ? from
        : Parsers.byName(item.parse().parser()).orElseThrow().defaultSources().stream();
  }
}
