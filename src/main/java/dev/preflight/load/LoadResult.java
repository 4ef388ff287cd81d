package dev.preflight.load;

import dev.preflight.model.Checklist;
import java.util.List;

/**
 * A checklist, or every problem that kept it from loading.
 *
 * @param checklist null when {@code diagnostics} is not empty
 */
public record LoadResult(Checklist checklist, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.isEmpty();
  }
}
