package dev.preflight.author;

import java.util.List;

/**
 * Writes an {@link Outline} as checklist YAML: the editor schema header first, comments where a
 * person must decide, keys in the order the format documents them.
 */
public final class ChecklistText {
  /**
   * Where the header points editors (VS Code's YAML extension, JetBrains IDEs) for completion
   * and checking: relative to the checklist, in the state directory that every run keeps, where
   * {@code init}, {@code import} and {@code run} write the schema of the running version.
   */
  public static final String SCHEMA_PATH = ".preflight/checklist.schema.json";

  public static final String HEADER = "# yaml-language-server: $schema=" + SCHEMA_PATH;

  private ChecklistText() {}

  public static String render(Outline outline) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (String c : outline.comments()) {
      out.append(c.isEmpty() ? "#" : "# " + YamlText.comment(c)).append('\n');
    }
    out.append("version: 1\n");
    YamlText.keyValue(out, "", "name", outline.name());
    if (outline.description() != null && !outline.description().isBlank()) {
      YamlText.keyValue(out, "", "description", outline.description());
    }
    if (!outline.vars().isEmpty()) {
      out.append("vars:\n");
      for (Outline.Var v : outline.vars()) {
        if (v.todo() != null) {
          out.append("  # TODO: ").append(YamlText.comment(v.todo())).append('\n');
        }
        YamlText.keyValue(out, "  ", v.name(), v.value());
      }
    }
    out.append("sections:\n");
    sections(outline.sections(), "  ", out);
    return out.toString();
  }

  private static void sections(List<Outline.Section> sections, String indent, StringBuilder out) {
    for (Outline.Section s : sections) {
      out.append(indent).append("- id: ").append(YamlText.scalar(s.id())).append('\n');
      String in = indent + "  ";
      YamlText.keyValue(out, in, "title", s.title());
      for (String c : s.comments()) {
        out.append(in).append("# ").append(YamlText.comment(c)).append('\n');
      }
      if (!s.items().isEmpty()) {
        out.append(in).append("items:\n");
        for (Outline.Item item : s.items()) {
          item(item, in + "  ", out);
        }
      }
      if (!s.sections().isEmpty()) {
        out.append(in).append("sections:\n");
        sections(s.sections(), in + "  ", out);
      }
    }
  }

  private static void item(Outline.Item item, String indent, StringBuilder out) {
    out.append(indent).append("- id: ").append(YamlText.scalar(item.id())).append('\n');
    String in = indent + "  ";
    YamlText.keyValue(out, in, "title", item.title());
    if (item.description() != null && !item.description().isBlank()) {
      YamlText.keyValue(out, in, "description", item.description());
    }
    for (String todo : item.todos()) {
      String[] lines = todo.split("\n");
      out.append(in).append("# TODO: ").append(YamlText.comment(lines[0])).append('\n');
      for (int i = 1; i < lines.length; i++) {
        out.append(in).append("#   ").append(YamlText.comment(lines[i])).append('\n');
      }
    }
    if (item.run() != null) {
      YamlText.keyValue(out, in, "run", item.run());
    } else if (item.args() != null) {
      out.append(in).append("args: [").append(String.join(", ",
          item.args().stream().map(YamlText::flowScalar).toList())).append("]\n");
    } else if (item.manual() != null) {
      YamlText.keyValue(out, in, "manual", item.manual());
    }
    for (String line : item.extra()) {
      out.append(in).append(line).append('\n');
    }
    if (item.parse() != null) {
      out.append(in).append("parse: ").append(item.parse()).append('\n');
    }
    if (!item.expect().isEmpty()) {
      YamlText.list(out, in, "expect", item.expect());
    }
  }
}
