package dev.preflight.author;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown checklist with a CommonMark parser and GitHub's task-list and table
 * extensions, as GitHub renders it: headings become sections nested by level; task items
 * ({@code - [ ]}, {@code 1. [x]}, nested or not), table rows with a check box and lines starting
 * with {@code □} or {@code ☐} (also inside a fenced block, as some teams draw them) become items
 * in document order. Everything else under a task item is its text.
 */
final class MarkdownReader {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create())).build();
  private static final Pattern BOX_LINE = Pattern.compile("^\\s*[□☐☑☒]\\s*(.+)$");
  private static final Pattern BOX_CELL = Pattern.compile("^\\s*(?:[-*]\\s*)?(?:[□☐☑☒✅✔]|\\[[ xX]?\\])\\s*$");
  private static final Pattern LEADING_SYMBOLS = Pattern.compile(
      "^(?:[\\p{So}\\x{1F3FB}-\\x{1F3FF}\\p{Cn}\\p{Cs}\\uFE0F\\u200D\\s]|:[a-z0-9_+-]+:)+");
  /** A table whose first column is headed like this lists one check per row. */
  private static final Pattern CHECKS_HEADER =
      Pattern.compile("(?i)^(checks?|items?|tasks?|requirements?|controls?|steps?)\\b.*");
  private static final Pattern TITLE_SPLIT =
      Pattern.compile("\\s*(?:[:：]\\s+|：(?=\\S)|\\s+[-–—]\\s+)");

  /** The document as read: its title, what precedes the first section, and the sections. */
  record Document(String title, String subtitle, String description, List<Outline.SectionBuilder> sections) {}

  private MarkdownReader() {}

  static Document read(String markdown) {
    Node doc = PARSER.parse(markdown);
    List<Heading> headings = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        headings.add(h);
      }
    }
    Heading titleHeading = !headings.isEmpty() && headings.get(0).getLevel() == 1
        ? headings.get(0) : null;
    String title = titleHeading == null ? null : headingText(titleHeading);
    String subtitle = null;
    Node start = titleHeading == null ? doc.getFirstChild() : titleHeading.getNext();
    if (start instanceof Heading sub && sub.getLevel() == 2 && !tasksUnder(sub)) {
      subtitle = headingText(sub);
      start = sub.getNext();
    }
    Outline.SectionBuilder root = new Outline.SectionBuilder(title == null ? "Checklist" : title,
        titleHeading == null ? 0 : 1);
    Deque<Outline.SectionBuilder> stack = new ArrayDeque<>();
    stack.push(root);
    List<String> description = new ArrayList<>();
    for (Node n = start; n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        while (stack.size() > 1 && stack.peek().level >= h.getLevel()) {
          stack.pop();
        }
        Outline.SectionBuilder s = new Outline.SectionBuilder(headingText(h), h.getLevel());
        stack.peek().sections.add(s);
        stack.push(s);
      } else if (stack.size() == 1 && n instanceof Paragraph p && root.items.isEmpty()
          && !boxLines(p)) {
        description.add(inline(p).replace("\n", " · "));
      } else {
        block(n, stack.peek());
      }
    }
    List<Outline.SectionBuilder> sections = new ArrayList<>();
    if (!root.items.isEmpty()) {
      Outline.SectionBuilder loose = new Outline.SectionBuilder(root.title, 1);
      loose.items.addAll(root.items);
      loose.comments.addAll(root.comments);
      sections.add(loose);
    }
    sections.addAll(root.sections);
    return new Document(title, subtitle, String.join(" ", description), sections);
  }

  private static boolean tasksUnder(Heading sub) {
    for (Node n = sub.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
      Outline.SectionBuilder probe = new Outline.SectionBuilder("", 9);
      block(n, probe);
      if (!probe.items.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void block(Node n, Outline.SectionBuilder into) {
    if (n instanceof ListBlock list) {
      list(list, into);
    } else if (n instanceof TableBlock table) {
      table(table, into);
    } else if (n instanceof FencedCodeBlock code) {
      code(code.getLiteral(), code.getInfo(), into);
    } else if (n instanceof IndentedCodeBlock code) {
      code(code.getLiteral(), "", into);
    } else if (n instanceof Paragraph p && boxLines(p)) {
      for (String line : inline(p).split("\n")) {
        Matcher m = BOX_LINE.matcher(line);
        if (m.matches()) {
          into.items.add(item(m.group(1).strip(), null, line.contains("☑")));
        }
      }
    } else if (n instanceof Block && !(n instanceof Paragraph) && n.getFirstChild() != null) {
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        block(c, into); // block quotes and the like: their lists count too
      }
    }
  }

  private static boolean boxLines(Paragraph p) {
    return inline(p).lines().anyMatch(l -> BOX_LINE.matcher(l).matches());
  }

  private static void list(ListBlock list, Outline.SectionBuilder into) {
    for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
      if (!(li instanceof ListItem item)) {
        continue;
      }
      TaskListItemMarker marker = marker(item);
      if (marker == null) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof ListBlock nested) {
            list(nested, into); // task items under a plain bullet still count
          }
        }
        continue;
      }
      List<String> text = new ArrayList<>();
      String command = null;
      String title = null;
      List<ListBlock> nestedLists = new ArrayList<>();
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p) {
          if (title == null) {
            title = leadingBold(p);
            command = command(p);
          }
          text.add(inline(p));
        } else if (c instanceof ListBlock nested) {
          if (hasTasks(nested)) {
            nestedLists.add(nested);
          } else {
            text.add(plainList(nested));
          }
        } else if (c instanceof FencedCodeBlock code) {
          if (command == null && code.getLiteral().strip().lines().count() == 1
              && Tools.isCommand(code.getLiteral().strip())) {
            command = code.getLiteral().strip();
          }
          text.add(code.getLiteral().strip());
        }
      }
      into.items.add(itemWith(title, String.join("\n", text).strip(), command,
          marker.isChecked()));
      for (ListBlock nested : nestedLists) {
        list(nested, into);
      }
    }
  }

  private static boolean hasTasks(ListBlock list) {
    Outline.SectionBuilder probe = new Outline.SectionBuilder("", 9);
    list(list, probe);
    return !probe.items.isEmpty();
  }

  private static String plainList(ListBlock list) {
    List<String> lines = new ArrayList<>();
    for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
      StringBuilder line = new StringBuilder("- ");
      for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p) {
          line.append(inline(p).replace("\n", " "));
        }
      }
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  private static TaskListItemMarker marker(ListItem item) {
    Node first = item.getFirstChild();
    if (first instanceof TaskListItemMarker m) {
      return m;
    }
    return first != null && first.getFirstChild() instanceof TaskListItemMarker m ? m : null;
  }

  private static void table(TableBlock table, Outline.SectionBuilder into) {
    List<String> header = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String command = null;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell tc) {
            cells.add(inline(tc).replace("\n", " ").strip());
            names.add(text(tc).replace("\n", " ").strip());
            command = command == null ? command(tc) : command;
          }
        }
        if (part instanceof TableHead) {
          header = cells;
          continue;
        }
        int box = -1;
        for (int i = 0; i < cells.size(); i++) {
          if (BOX_CELL.matcher(cells.get(i)).matches()) {
            box = i;
            break;
          }
        }
        boolean checks = !header.isEmpty() && CHECKS_HEADER.matcher(header.get(0)).matches();
        if (box < 0 && !checks) {
          continue;
        }
        String title = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
          String cell = cells.get(i);
          if (i == box || cell.isEmpty()) {
            continue;
          }
          if (title == null) {
            title = names.get(i);
          } else {
            String name = i < header.size() ? header.get(i) : "";
            rest.add(name.isEmpty() ? cell : name + ": " + cell);
          }
        }
        if (title != null) {
          into.items.add(new Outline.ItemBuilder(clean(title), String.join("\n", rest), command,
              box >= 0 && cells.get(box).matches(".*[xX☑✅✔].*")));
        }
      }
    }
  }

  private static void code(String literal, String info, Outline.SectionBuilder into) {
    boolean any = false;
    for (String line : literal.split("\n")) {
      Matcher m = BOX_LINE.matcher(line);
      if (m.matches()) {
        into.items.add(item(m.group(1).strip(), null, line.contains("☑")));
        any = true;
      }
    }
    if (!any && !literal.isBlank()) {
      String first = literal.strip().lines().findFirst().orElse("");
      into.comments.add("TODO: a " + (info == null || info.isBlank() ? "code" : info.strip())
          + " block here was not imported (" + first.strip() + "): check it by hand or with"
          + " an item of its own");
    }
  }

  /** An item from one line of text: a title, then what follows a colon or a dash. */
  private static Outline.ItemBuilder item(String line, String command, boolean checked) {
    return itemWith(null, line, command, checked);
  }

  private static Outline.ItemBuilder itemWith(String bold, String text, String command,
      boolean checked) {
    String title = bold;
    String rest = text;
    if (title != null) {
      rest = text.startsWith(title) ? text.substring(title.length()) : text;
    } else {
      Matcher m = TITLE_SPLIT.matcher(text.lines().findFirst().orElse(""));
      if (m.find() && m.start() > 0 && m.start() <= 80) {
        title = text.substring(0, m.start());
        rest = text.substring(m.end());
      } else {
        String first = text.lines().findFirst().orElse("");
        title = first.length() <= 100 ? first : shorten(first);
        rest = first.length() <= 100 ? text.substring(first.length()) : text;
      }
    }
    rest = rest.replaceFirst("^\\s*[:：]?\\s*([-–—]\\s+)?", "").strip();
    return new Outline.ItemBuilder(clean(title), rest, command, checked);
  }

  /** The start of a long line, cut after a word, for a title; the whole line stays the text. */
  private static String shorten(String line) {
    int cut = line.lastIndexOf(' ', 80);
    return line.substring(0, cut > 40 ? cut : 80).strip() + "…";
  }

  /** The text of a leading {@code **bold**} name, or null. */
  private static String leadingBold(Paragraph p) {
    Node first = p.getFirstChild();
    while (first instanceof TaskListItemMarker) {
      first = first.getNext();
    }
    if (first instanceof Text t && t.getLiteral().isBlank()) {
      first = first.getNext();
    }
    return first instanceof StrongEmphasis s ? inline(s).strip() : null;
  }

  /** The first code span that reads as a command. */
  private static String command(Node parent) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Code code && Tools.isCommand(code.getLiteral())) {
        return code.getLiteral().strip();
      }
      String nested = c.getFirstChild() == null ? null : command(c);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private static String headingText(Heading h) {
    return clean(inline(h));
  }

  /** Leading emoji and symbols go: "🔧 技术准备" is titled 技术准备. */
  static String clean(String s) {
    String out = LEADING_SYMBOLS.matcher(s.strip()).replaceFirst("").strip();
    out = out.replaceAll("[:：]$", "").strip();
    return out.isEmpty() ? s.strip() : out;
  }

  /** Inline content as a name: like {@link #inline} without link targets. */
  static String text(Node parent) {
    StringBuilder out = new StringBuilder();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      out.append(c instanceof Link link ? text(link) : c.getFirstChild() != null ? text(c)
          : inline(wrap(c)));
    }
    return out.toString();
  }

  private static Node wrap(Node leaf) {
    Paragraph p = new Paragraph();
    Node copy = leaf instanceof Text t ? new Text(t.getLiteral())
        : leaf instanceof Code c ? new Code(c.getLiteral()) : leaf instanceof SoftLineBreak
            ? new SoftLineBreak() : new Text("");
    p.appendChild(copy);
    return p;
  }

  /** Inline content as text: code keeps its backticks, links keep their target. */
  static String inline(Node parent) {
    StringBuilder out = new StringBuilder();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        out.append(t.getLiteral());
      } else if (c instanceof Code code) {
        out.append('`').append(code.getLiteral()).append('`');
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        out.append('\n');
      } else if (c instanceof Link link) {
        String text = inline(link);
        String dest = link.getDestination();
        out.append(text);
        if (dest != null && !dest.isEmpty() && !dest.startsWith("#") && !text.equals(dest)) {
          out.append(" (").append(dest).append(')');
        }
      } else if (c instanceof Image image) {
        out.append(inline(image));
      } else if (c instanceof HtmlInline html) {
        if (html.getLiteral().matches("(?i)<br\\s*/?>")) {
          out.append('\n');
        }
      } else if (!(c instanceof TaskListItemMarker)) {
        out.append(inline(c));
      }
    }
    return out.toString();
  }
}
