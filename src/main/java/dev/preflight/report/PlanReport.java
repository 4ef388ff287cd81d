package dev.preflight.report;

import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import java.util.List;
import java.util.Map;

/** What {@code preflight run --dry-run} prints: waves of items, and what will not run and why. */
public final class PlanReport {
  private PlanReport() {}

  public static String render(
      Checklist checklist, List<List<Item>> waves, Map<String, String> notRun, int jobs) {
    StringBuilder sb = new StringBuilder();
    sb.append("Plan for ").append(checklist.name()).append(" (").append(checklist.file())
        .append("), up to ").append(jobs).append(jobs == 1 ? " job" : " jobs").append('\n');
    for (int w = 0; w < waves.size(); w++) {
      sb.append("wave ").append(w + 1).append('\n');
      for (Item item : waves.get(w)) {
        sb.append("  ").append(item.id()).append("  ").append(item.kind());
        if (item.exclusive()) {
          sb.append(", runs alone");
        }
        if (!item.needs().isEmpty()) {
          sb.append(", needs ").append(String.join(", ", item.needs()));
        }
        sb.append('\n');
      }
    }
    if (!notRun.isEmpty()) {
      sb.append("not run\n");
      notRun.forEach((id, why) -> sb.append("  ").append(id).append("  ").append(why).append('\n'));
    }
    return sb.toString();
  }
}
