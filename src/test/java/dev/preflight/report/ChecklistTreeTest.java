package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.LoadResult;
import dev.preflight.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code preflight list} prints for the shipped release checklist. */
class ChecklistTreeTest {
  @Test
  void releaseChecklistOutline() {
    LoadResult loaded = new ChecklistLoader()
        .load(Path.of("checklists/release.yaml"), "checklists/release.yaml", Map.of());
    assertThat(loaded.diagnostics()).isEmpty();
    Golden.assertMatches("list/release.txt", ChecklistTree.render(loaded.checklist()));
  }
}
