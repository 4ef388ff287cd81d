package dev.preflight.load;

import java.util.List;

/**
 * The YAML document as a small tree that remembers where every key and value was written, which
 * Jackson's own {@code JsonNode} forgets.
 */
sealed interface Node {
  Mark mark();

  /** How the node reads in a type error: "got a list". */
  String describe();

  /** A mapping; keys in file order, duplicates already reported and dropped. */
  record MapNode(Mark mark, List<Entry> entries) implements Node {
    public MapNode {
      entries = List.copyOf(entries);
    }

    Entry entry(String key) {
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return e;
        }
      }
      return null;
    }

    public String describe() {
      return "a map";
    }
  }

  record Entry(String key, Mark keyMark, Node value) {}

  record SeqNode(Mark mark, List<Node> items) implements Node {
    public SeqNode {
      items = List.copyOf(items);
    }

    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar with its text exactly as written (so {@code 1.10} stays {@code 1.10}).
   *
   * @param quote {@code '}, {@code "}, {@code |} or {@code >} when the scalar was written in
   *     that style, 0 for a plain scalar
   */
  record Scalar(Mark mark, String text, Type type, char quote) implements Node {
    enum Type { STRING, NUMBER, BOOLEAN, NULL }

    boolean isNull() {
      return type == Type.NULL;
    }

    /** The text, cut short enough to quote in a message. */
    String shortText() {
      return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    public String describe() {
      return switch (type) {
        case STRING -> text.isEmpty() ? "an empty string" : "'" + shortText() + "'";
        case NUMBER -> "the number " + shortText();
        case BOOLEAN -> text;
        case NULL -> "nothing";
      };
    }
  }
}
