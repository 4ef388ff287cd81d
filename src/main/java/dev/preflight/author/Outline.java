package dev.preflight.author;

import java.util.ArrayList;
import java.util.List;

/**
 * A checklist as {@code import} and {@code init} write it: the few keys they fill in, plus the
 * comments a person should read. {@link ChecklistText} turns it into YAML text.
 *
 * @param comments lines shown above {@code version:}, without the leading {@code #}
 * @param vars variables the items use, each with a comment saying what to set
 */
public record Outline(String name, String description, List<String> comments,
    List<Var> vars, List<Section> sections) {

  /** A {@code vars:} entry; {@code todo} says what a person must put there. */
  public record Var(String name, String value, String todo) {}

  /**
   * One section; {@code comments} go above its items, e.g. what the source had that did not
   * become an item.
   */
  public record Section(String id, String title, List<String> comments, List<Item> items,
      List<Section> sections) {

    /** Items in this section and every section below it. */
    public int itemCount() {
      return items.size() + sections.stream().mapToInt(Section::itemCount).sum();
    }
  }

  /**
   * One item: exactly one of {@code run}, {@code args}, {@code manual} or a probe in
   * {@code extra}.
   *
   * @param extra further keys, written as given (e.g. a probe), each a complete YAML line
   *     without indentation
   * @param todos what a person must decide, written as {@code # TODO:} comments above the item
   */
  public record Item(String id, String title, String description, String run,
      List<String> args, String manual, String parse, List<String> expect, List<String> extra,
      List<String> todos) {

    public Item {
      args = args == null ? null : List.copyOf(args);
      expect = List.copyOf(expect);
      extra = List.copyOf(extra);
      todos = List.copyOf(todos);
    }
  }

  public int itemCount() {
    return sections.stream().mapToInt(Section::itemCount).sum();
  }

  /** A mutable section while a source is read. */
  static final class SectionBuilder {
    final String title;
    final int level;
    final List<String> comments = new ArrayList<>();
    final List<ItemBuilder> items = new ArrayList<>();
    final List<SectionBuilder> sections = new ArrayList<>();

    SectionBuilder(String title, int level) {
      this.title = title;
      this.level = level;
    }

    int itemCount() {
      return items.size() + sections.stream().mapToInt(SectionBuilder::itemCount).sum();
    }
  }

  /** What the source says about one item, before ids are chosen. */
  record ItemBuilder(String title, String text, String command, boolean checked) {}
}
