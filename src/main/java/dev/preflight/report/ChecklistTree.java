package dev.preflight.report;

import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.model.Section;

/** The checklist as an outline, for {@code preflight list}: sections, ids, kinds, tags, needs. */
public final class ChecklistTree {
  private ChecklistTree() {}

  public static String render(Checklist checklist) {
    int idWidth = checklist.items().stream().mapToInt(i -> i.id().length()).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    sb.append(checklist.name()).append("  (").append(checklist.file()).append(")\n");
    for (Section s : checklist.sections()) {
      section(sb, s, 0, idWidth);
    }
    return sb.toString();
  }

  private static void section(StringBuilder sb, Section s, int depth, int idWidth) {
    String indent = "  ".repeat(depth);
    sb.append(indent).append('[').append(s.id()).append("] ").append(s.title()).append('\n');
    for (Item item : s.items()) {
      sb.append(indent).append("  ")
          .append(Cells.padRight(item.id(), idWidth)).append("  ")
          .append(Cells.padRight(item.kind(), 7)).append("  ")
          .append(item.title());
      if (!item.tags().isEmpty()) {
        sb.append("  tags: ").append(String.join(", ", item.tags().stream().sorted().toList()));
      }
      if (!item.needs().isEmpty()) {
        sb.append("  needs: ").append(String.join(", ", item.needs()));
      }
      sb.append('\n');
    }
    for (Section child : s.sections()) {
      section(sb, child, depth + 1, idWidth);
    }
  }
}
