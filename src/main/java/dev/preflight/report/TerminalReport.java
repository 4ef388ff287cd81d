package dev.preflight.report;

import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import java.util.HashMap;
import java.util.Map;

/**
 * The report a person reads at the end of {@code preflight run} (SPEC §7): a header, the
 * checklist tree with one aligned line per item and details under the ones that did not pass,
 * a summary of counts and the gate verdict. Items print in checklist order, whatever order they
 * ran in. All widths are in terminal cells.
 */
public final class TerminalReport {
  /** The width used when the terminal's is unknown, as in CI logs. */
  public static final int DEFAULT_WIDTH = 100;

  private final Style style;
  private final int width;

  /**
   * @param width the terminal width in cells ({@code COLUMNS} when known, else
   *     {@link #DEFAULT_WIDTH}); very narrow widths are raised to 40
   */
  public TerminalReport(Style style, int width) {
    this.style = style;
    this.width = Math.max(40, width);
  }

  /** The whole report, each line ending in {@code \n}. */
  public String render(RunResult run) {
    Map<String, ItemResult> byId = new HashMap<>();
    for (ItemResult r : run.items()) {
      byId.put(r.item().id(), r);
    }
    ItemLines lines =
        new ItemLines(style, Columns.of(width, run.items()), run.checklist().file());
    StringBuilder out = new StringBuilder();
    header(run, out);
    for (Section section : run.checklist().sections()) {
      section(section, 0, byId, lines, out);
    }
    new SummaryLines(style, width).render(run, out);
    return out.toString();
  }

  /** The name, and the file right-aligned; a long path loses its start, which matters least. */
  private void header(RunResult run, StringBuilder out) {
    String name = Cells.truncate(plain(run.checklist().name()), width, ellipsis());
    String file = run.checklist().file() == null
        ? "" : plain(run.checklist().file().toString().replace('\\', '/'));
    int room = width - Cells.width(name) - 2;
    if (Cells.width(file) > room) {
      file = room < 12 ? "" : keepEnd(file, room);
    }
    out.append(style.bold(name));
    if (!file.isEmpty()) {
      out.append(" ".repeat(width - Cells.width(name) - Cells.width(file)))
          .append(style.dim(file));
    }
    out.append('\n');
  }

  private String keepEnd(String text, int cells) {
    String reversed = new StringBuilder(text).reverse().toString();
    String kept = Cells.truncate(reversed, cells - Cells.width(ellipsis()), "");
    return ellipsis() + new StringBuilder(kept).reverse();
  }

  private void section(
      Section section, int depth, Map<String, ItemResult> byId, ItemLines lines,
      StringBuilder out) {
    String indent = "  ".repeat(depth);
    String title = Cells.truncate(
        plain(section.title()), width - indent.length() - 10, ellipsis());
    out.append(indent).append(style.bold(title));
    Status rollUp = rollUp(section, byId);
    if (rollUp != null) {
      out.append(' ').append(style.symbol(rollUp));
    }
    if (rollUp == Status.SKIPPED) {
      // A section nothing of which ran (filtered out, say) is one line, not a wall of skips.
      int n = section.allItems().size();
      out.append("  ").append(style.dim(n + (n == 1 ? " item skipped" : " items skipped")))
          .append('\n');
      return;
    }
    out.append('\n');
    for (var item : section.items()) {
      ItemResult result = byId.get(item.id());
      if (result != null) {
        lines.render(result, indent + "  ", out);
      }
    }
    for (Section child : section.sections()) {
      section(child, depth + 1, byId, lines, out);
    }
  }

  /** The worst status below a section (SPEC §6), or null when nothing below it has a result. */
  private static Status rollUp(Section section, Map<String, ItemResult> byId) {
    Status worst = null;
    for (var item : section.allItems()) {
      ItemResult r = byId.get(item.id());
      if (r != null) {
        worst = worst == null ? r.status() : worst.worse(r.status());
      }
    }
    return worst;
  }

  /** User text on one line, without escapes, in the glyph set's characters. */
  private String plain(String text) {
    return style.glyphs().fit(Escapes.cleanLine(text == null ? "" : text));
  }

  private String ellipsis() {
    return style.glyphs().ellipsis();
  }
}
