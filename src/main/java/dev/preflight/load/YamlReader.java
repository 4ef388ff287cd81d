package dev.preflight.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.preflight.load.Node.Entry;
import dev.preflight.load.Node.MapNode;
import dev.preflight.load.Node.Scalar;
import dev.preflight.load.Node.SeqNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns YAML text into a located {@link Node} tree with Jackson's streaming parser, the only
 * place that knows about Jackson.
 *
 * <p>Jackson leaves aliases unexpanded, so this class resolves them itself: aliased nodes are
 * shared, not copied, and the expansion is budgeted, so a "billion laughs" file is refused in
 * microseconds instead of exhausting memory. Merge keys ({@code <<: *defaults}) are honoured;
 * explicit keys win over merged ones.
 */
final class YamlReader {
  static final int MAX_DEPTH = 40;
  static final int MAX_ALIASES = 50;
  static final long MAX_EXPANDED_NODES = 10_000;

  private static final YAMLFactory FACTORY = factory();

  private final YAMLParser parser;
  private final SourceText source;
  private final Problems problems;
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Long> weights = new IdentityHashMap<>();
  private int aliases;
  private long expanded;

  private YamlReader(YAMLParser parser, SourceText source, Problems problems) {
    this.parser = parser;
    this.source = source;
    this.problems = problems;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit((int) SourceFile.MAX_BYTES);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH * 2)
                .maxDocumentLength(SourceFile.MAX_BYTES)
                .build())
        .build();
  }

  /** The document's root, or null after reporting why there is none. */
  static Node read(SourceText source, Problems problems) {
    try (YAMLParser parser = FACTORY.createParser(source.text())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add("file is empty; a checklist needs at least version, name and sections", null);
        return null;
      }
      YamlReader reader = new YamlReader(parser, source, problems);
      Node root = reader.value(first, 0, "");
      if (parser.nextToken() != null) {
        problems.add(reader.mark(parser.currentTokenLocation()), "",
            "more than one YAML document in the file",
            "a checklist is a single document; remove the second ---");
      }
      return root;
    } catch (Refused e) {
      problems.add(e.at, "", e.getMessage(), e.hint);
    } catch (StreamConstraintsException e) {
      problems.add("YAML nested too deeply", "a checklist needs only a few levels");
    } catch (IOException | RuntimeException e) {
      YamlSyntax.report(e, problems);
    }
    return null;
  }

  private Node value(JsonToken token, int depth, String path) throws IOException {
    Mark at = mark(parser.currentTokenLocation());
    if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
      return alias(parser.getText(), at);
    }
    Object id = parser.getObjectId();
    String anchor = id == null ? null : id.toString();
    Node node;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth >= MAX_DEPTH) {
        throw new Refused(at, "YAML nested more than " + MAX_DEPTH + " levels deep",
            "a checklist needs only a few levels");
      }
      node = token == JsonToken.START_OBJECT ? map(at, depth, path) : seq(at, depth, path);
    } else {
      SourceText.Properties props = source.properties(at);
      anchor = anchor != null ? anchor : props.anchor();
      node = scalar(token, props.content());
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private MapNode map(Mark at, int depth, String path) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<String, Mark> seen = new HashMap<>();
    List<Node> merges = new ArrayList<>();
    long weight = 1;
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Mark keyMark = mark(parser.currentTokenLocation());
      Node value = value(parser.nextToken(), depth + 1, YamlPath.key(path, key));
      weight += weightOf(value);
      if (key.equals("<<")) {
        merges.add(value);
        continue;
      }
      Mark first = seen.putIfAbsent(key, keyMark);
      if (first != null) {
        problems.add(keyMark, YamlPath.key(path, key),
            "duplicate key '" + key + "' at lines " + first.line() + " and " + keyMark.line(),
            "remove one of them");
        continue;
      }
      entries.add(new Entry(key, keyMark, value));
    }
    merge(merges, seen, entries, path);
    return weighed(new MapNode(at, entries), weight);
  }

  private void merge(List<Node> merges, Map<String, Mark> seen, List<Entry> into, String path) {
    for (Node m : merges) {
      List<Node> sources = m instanceof SeqNode s ? s.items() : List.of(m);
      for (Node src : sources) {
        if (!(src instanceof MapNode map)) {
          problems.add(src.mark(), YamlPath.key(path, "<<"),
              "a merge key (<<) takes a map or a list of maps, got " + src.describe(), null);
          continue;
        }
        for (Entry e : map.entries()) {
          if (seen.putIfAbsent(e.key(), e.keyMark()) == null) {
            into.add(e);
          }
        }
      }
    }
  }

  private SeqNode seq(Mark at, int depth, String path) throws IOException {
    List<Node> items = new ArrayList<>();
    long weight = 1;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
      Node item = value(t, depth + 1, YamlPath.index(path, items.size()));
      weight += weightOf(item);
      items.add(item);
    }
    return weighed(new SeqNode(at, items), weight);
  }

  private Scalar scalar(JsonToken token, Mark at) throws IOException {
    Scalar.Type type = switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Scalar.Type.NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> Scalar.Type.BOOLEAN;
      case VALUE_NULL -> Scalar.Type.NULL;
      default -> Scalar.Type.STRING;
    };
    String text = type == Scalar.Type.NULL ? "" : parser.getText();
    char style = source.charAt(at);
    char quote = style == '\'' || style == '"' || style == '|' || style == '>' ? style : 0;
    if (quote == 0 && (text == null || text.isEmpty())) {
      type = Scalar.Type.NULL; // `key:` with nothing after it; Jackson reports an empty string
    }
    return new Scalar(at, text == null ? "" : text, type, quote);
  }

  private Node alias(String name, Mark at) {
    Node target = anchors.get(name);
    if (target == null) {
      throw new Refused(
          at, "alias *" + name + " refers to no anchor", "define &" + name + " first");
    }
    if (++aliases > MAX_ALIASES) {
      throw new Refused(at, "more than " + MAX_ALIASES + " YAML aliases", "write the values out");
    }
    expanded += weightOf(target);
    if (expanded > MAX_EXPANDED_NODES) {
      throw new Refused(at, "YAML aliases expand to more than " + MAX_EXPANDED_NODES + " values",
          "write the values out instead of nesting aliases");
    }
    return target;
  }

  private <N extends Node> N weighed(N node, long weight) {
    weights.put(node, weight);
    return node;
  }

  private long weightOf(Node node) {
    return weights.getOrDefault(node, 1L);
  }

  private Mark mark(JsonLocation location) {
    return new Mark(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }

  /** A limit hit while reading; ends reading with one diagnostic. */
  private static final class Refused extends RuntimeException {
    final Mark at;
    final String hint;

    Refused(Mark at, String message, String hint) {
      super(message, null, false, false);
      this.at = at;
      this.hint = hint;
    }
  }
}
