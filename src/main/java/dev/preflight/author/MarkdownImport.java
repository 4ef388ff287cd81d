package dev.preflight.author;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code preflight import} (SPEC §12): a Markdown checklist becomes checklist YAML. Headings
 * become sections, task items become items in order, a bold name becomes the title and the rest
 * the instructions; a command in backticks becomes {@code run:} with the parser of a known tool
 * ({@link Tools}), and a threshold the text states becomes a condition where that tool yields the
 * metric ({@link Thresholds}). Where the Markdown leaves a decision open, the item carries a
 * {@code # TODO:} comment instead of a guess. Items without a command are manual.
 */
public final class MarkdownImport {
  private final Ids ids = new Ids();
  private final Set<Outline.Var> vars = new LinkedHashSet<>();
  private int todos;

  private MarkdownImport() {}

  /**
   * @param source how to name the input in the header comment, e.g. its file name
   * @param fallbackName the checklist's name when the document has no single top heading
   */
  public static Outline of(String markdown, String source, String fallbackName) {
    return new MarkdownImport().convert(MarkdownReader.read(markdown), source, fallbackName);
  }

  private Outline convert(MarkdownReader.Document doc, String source, String fallbackName) {
    String name = doc.title() == null ? fallbackName
        : doc.subtitle() == null ? doc.title() : doc.title() + " · " + doc.subtitle();
    List<String> orphans = new ArrayList<>();
    List<Outline.Section> sections = sections(doc.sections(), null, orphans);
    int items = sections.stream().mapToInt(Outline.Section::itemCount).sum();
    List<String> comments = new ArrayList<>();
    comments.add("Imported from " + source + " by preflight import: " + items
        + (items == 1 ? " item" : " items") + ", " + todos + " TODO" + (todos == 1 ? "" : "s")
        + ".");
    if (todos > 0) {
      comments.add("Each TODO marks a decision the Markdown leaves open; settle it, then"
          + " delete the comment.");
    }
    comments.add("Check it with: preflight validate FILE; run it with: preflight run FILE");
    orphans.forEach(o -> comments.add(o));
    return new Outline(name, doc.description(), comments, List.copyOf(vars), sections);
  }

  /**
   * The sections that hold items; {@code orphans} collects the comments of those that do not
   * (a heading over a configuration block), for the enclosing section to show.
   */
  private List<Outline.Section> sections(List<Outline.SectionBuilder> builders, String parentId,
      List<String> orphans) {
    List<Outline.Section> out = new ArrayList<>();
    for (Outline.SectionBuilder b : builders) {
      if (b.itemCount() == 0) {
        b.comments.forEach(c -> orphans.add(c.replaceFirst("^TODO: ", "TODO: under '" + b.title
            + "', ")));
        todos += b.comments.size();
        continue; // headings over prose only: nothing to check there
      }
      String id = ids.section(b.title, parentId, out.size() + 1);
      List<Outline.Item> items = new ArrayList<>();
      for (Outline.ItemBuilder item : b.items) {
        items.add(item(item, id, items.size() + 1));
      }
      todos += b.comments.size();
      List<String> comments = new ArrayList<>(b.comments);
      List<Outline.Section> children = sections(b.sections, id, comments);
      out.add(new Outline.Section(id, b.title, comments, items, children));
    }
    return out;
  }

  /** Matches what the loader would read as a {{ variable }} in imported text. */
  private static final java.util.regex.Pattern VARIABLE =
      java.util.regex.Pattern.compile("\\{\\{(\\s*[A-Za-z_][A-Za-z0-9_-]*\\s*)}}");

  private Outline.Item item(Outline.ItemBuilder raw, String sectionId, int position) {
    Outline.ItemBuilder b = new Outline.ItemBuilder(literal(raw.title()), literal(raw.text()),
        raw.command(), raw.checked());
    String id = ids.item(b.title(), b.command(), sectionId, position);
    List<Thresholds.Threshold> thresholds = Thresholds.find(b.title(), b.text());
    List<String> todo = new ArrayList<>();
    List<String> expect = new ArrayList<>();
    Outline.Item item;
    if (b.command() != null) {
      Optional<Tools.Tool> found = Tools.of(b.command());
      if (found.isPresent() && found.get().name().equals("pytest") && b.command().contains("--cov")
          && thresholds.stream().anyMatch(t -> t.metric().equals("coverage"))) {
        found = Optional.of(Tools.PYTEST_COV);
      }
      Tools.Tool tool = found.orElse(null);
      if (tool != null) {
        expect.addAll(tool.expect());
      }
      for (Thresholds.Threshold t : thresholds) {
        judge(t, tool, b.command(), expect, todo);
      }
      String description = b.text().equals("`" + b.command() + "`") ? null : b.text();
      item = new Outline.Item(id, b.title(), description, b.command(), null, null,
          tool == null ? null : tool.parser(), dedupe(expect), List.of(), todo);
    } else {
      List<String> probe = new ArrayList<>();
      for (Thresholds.Threshold t : thresholds) {
        suggest(t, probe, expect, todo);
      }
      String text = b.text().isBlank() ? b.title() : b.text();
      item = probe.isEmpty()
          ? new Outline.Item(id, b.title(), null, null, null, text, null, List.of(), List.of(),
              todo)
          : new Outline.Item(id, b.title(), text, null, null, null, null, dedupe(expect),
              probe.subList(0, 1), todo);
    }
    todos += todo.size();
    return item;
  }

  /** A threshold on an item that runs a command: a condition if its parser yields the metric. */
  private static void judge(Thresholds.Threshold t, Tools.Tool tool, String command,
      List<String> expect, List<String> todo) {
    if (tool != null && tool.metrics().contains(t.metric())) {
      expect.add(t.condition());
    } else if (tool != null && t.metric().equals("high")
        && tool.metrics().contains("vulnerabilities")) {
      expect.add("vulnerabilities == 0");
      todo.add("'" + t.phrase() + "' asks for no high-severity findings, but " + tool.name()
          + " does not grade severity: vulnerabilities == 0 fails on any known one;"
          + " loosen it if that is too strict");
    } else {
      MetricSources.Source source = MetricSources.of(t.metric()).orElseThrow();
      String how = source.parser() != null
          ? "if `" + command + "` runs " + source.parser() + ", add parse: " + source.parser()
              + " and expect: " + t.condition()
          : "measure it with " + source.suggestion() + " and expect: " + t.condition();
      todo.add("'" + t.phrase() + "' reads as " + t.condition() + "; " + how);
    }
  }

  /** A threshold on an item without a command: how to measure it, or the probe itself. */
  private void suggest(Thresholds.Threshold t, List<String> probe, List<String> expect,
      List<String> todo) {
    MetricSources.Source source = MetricSources.of(t.metric()).orElseThrow();
    if (source.probe() != null) {
      probe.add(source.suggestion());
      expect.add(t.condition());
      vars.add(new Outline.Var("service_url", "http://127.0.0.1:8000/health",
          "the URL of the service these probes measure"));
      return;
    }
    todo.add("automate '" + t.phrase() + "' as expect: " + t.condition() + "\nwith "
        + source.suggestion() + " in place of manual:");
  }

  /**
   * Text with {@code {{ name }}} in it would be read as a variable: the braces get a space
   * between them, which reads the same to a person and means nothing to the loader.
   */
  private static String literal(String text) {
    return VARIABLE.matcher(text).replaceAll("{ {$1} }");
  }

  private static List<String> dedupe(List<String> conditions) {
    return List.copyOf(new LinkedHashSet<>(conditions));
  }
}
