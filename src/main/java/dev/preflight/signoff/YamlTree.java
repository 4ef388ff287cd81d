package dev.preflight.signoff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The records file's YAML as a small located tree, read with Jackson's streaming parser: the
 * one place in this package that knows about Jackson. The file is flat by design, so anchors,
 * aliases, merge keys and deep nesting are refused rather than expanded.
 */
final class YamlTree {
  static final int MAX_DEPTH = 8;

  private static final YAMLFactory FACTORY = factory();

  /** A node and where it starts (1-based). */
  sealed interface Node {
    int line();

    int column();
  }

  record Scalar(int line, int column, String text, boolean isNull) implements Node {}

  record Seq(int line, int column, List<Node> items) implements Node {}

  /** A mapping; {@code keys} holds where each key was written. */
  record Mapping(int line, int column, Map<String, Node> values, Map<String, int[]> keys)
      implements Node {}

  /** A problem that stops reading, at a place in the file. */
  static final class Malformed extends Exception {
    final int line;
    final int column;

    Malformed(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  private final YAMLParser parser;

  private YamlTree(YAMLParser parser) {
    this.parser = parser;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(RecordsFile.MAX_BYTES);
    return YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH * 2).maxDocumentLength(RecordsFile.MAX_BYTES).build())
        .build();
  }

  /** The document's root, or null for a file with nothing in it. */
  static Node read(String text) throws Malformed {
    try (YAMLParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      YamlTree tree = new YamlTree(parser);
      Node root = tree.value(first, 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new Malformed(at.getLineNr(), at.getColumnNr(),
            "more than one YAML document in the file");
      }
      return root;
    } catch (Malformed e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw syntax(e);
    }
  }

  private Node value(JsonToken token, int depth) throws IOException, Malformed {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (parser.isCurrentAlias() || parser.getObjectId() != null) {
      throw new Malformed(line, column, "YAML anchors and aliases have no place in this file");
    }
    if (depth >= MAX_DEPTH) {
      throw new Malformed(line, column, "nested deeper than a records file ever is");
    }
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> values = new LinkedHashMap<>();
      Map<String, int[]> keys = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation k = parser.currentTokenLocation();
        if (keys.containsKey(key)) {
          throw new Malformed(k.getLineNr(), k.getColumnNr(), "duplicate key '" + key
              + "' (first at line " + keys.get(key)[0] + ")");
        }
        keys.put(key, new int[] {k.getLineNr(), k.getColumnNr()});
        values.put(key, value(parser.nextToken(), depth + 1));
      }
      return new Mapping(line, column, values, keys);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      JsonToken t;
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        items.add(value(t, depth + 1));
      }
      return new Seq(line, column, items);
    }
    boolean isNull = token == JsonToken.VALUE_NULL;
    String text = isNull ? null : parser.getText();
    return new Scalar(line, column, text, isNull || text == null || text.isEmpty());
  }

  /** The parser's own account of where and why it gave up, in one line. */
  private static Malformed syntax(Exception e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        org.yaml.snakeyaml.error.Mark m = marked.getProblemMark() != null
            ? marked.getProblemMark() : marked.getContextMark();
        String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
        return new Malformed(m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
            "not valid YAML: " + oneLine(String.valueOf(problem)));
      }
    }
    int line = 0;
    int column = 0;
    String message = e.getMessage();
    if (e instanceof JsonProcessingException j) {
      message = j.getOriginalMessage();
      if (j.getLocation() != null) {
        line = Math.max(0, j.getLocation().getLineNr());
        column = Math.max(0, j.getLocation().getColumnNr());
      }
    }
    return new Malformed(line, column, "not valid YAML: " + oneLine(String.valueOf(message)));
  }

  private static String oneLine(String s) {
    String line = s.strip().lines().findFirst().orElse("").replaceAll("\\.$", "");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
