package dev.preflight.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of a JSON value: the one place in {@code parse} that touches Jackson, so the
 * parsers speak in tool terms (fields, arrays, numbers) and never in Jackson types.
 */
final class JsonDocument {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode node;

  private JsonDocument(JsonNode node) {
    this.node = node;
  }

  /**
   * Parses the first JSON object or array in the text. Anything printed before it on earlier
   * lines (a {@code make} echo, a log line) is skipped; empty when there is no valid JSON.
   */
  static Optional<JsonDocument> parse(String text) {
    int start = jsonStart(text);
    if (start < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(new JsonDocument(MAPPER.readTree(text.substring(start))));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * Every JSON object or array that starts a line, in order, with the plain lines between them
   * skipped: JSON Lines (go test -json, cargo --message-format=json) and streams that mix JSON
   * with text (go vet -json's {@code # package} headers, build lines between test events). A
   * line that starts like JSON but is not valid JSON is skipped as text.
   */
  static List<JsonDocument> parseEach(String text) {
    List<JsonDocument> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = text.indexOf('\n', i);
      int lineEnd = end < 0 ? text.length() : end;
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        // JSON Lines first (one value per line, cheap); else one value over several lines
        JsonDocument single = parse(text.substring(i, lineEnd)).orElse(null);
        if (single != null) {
          out.add(single);
        } else {
          try (JsonParser parser = MAPPER.createParser(text.substring(i))) {
            out.add(new JsonDocument(MAPPER.readTree(parser)));
            int next = text.indexOf('\n', i + (int) parser.getCurrentLocation().getCharOffset());
            i = next < 0 ? text.length() : next + 1;
            continue;
          } catch (IOException e) {
            // not JSON after all: a plain line
          }
        }
      }
      i = lineEnd + 1;
    }
    return out;
  }

  private static int jsonStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineStart = i == 0 || text.charAt(i - 1) == '\n';
      if (lineStart && (c == '{' || c == '[')) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the text is a JSON Pointer; {@code ""} (the whole document) is one. */
  static boolean isPointer(String text) {
    try {
      JsonPointer.compile(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The value a JSON Pointer (RFC 6901) names; {@link #isMissing()} when there is none. */
  JsonDocument at(String pointer) {
    return new JsonDocument(node.at(JsonPointer.compile(pointer)));
  }

  JsonDocument get(String field) {
    JsonNode child = node.get(field);
    return new JsonDocument(child == null ? MissingNode.getInstance() : child);
  }

  boolean isMissing() {
    return node.isMissingNode() || node.isNull();
  }

  boolean isObject() {
    return node.isObject();
  }

  boolean isArray() {
    return node.isArray();
  }

  boolean isNumber() {
    return node.isNumber();
  }

  boolean isBoolean() {
    return node.isBoolean();
  }

  boolean isText() {
    return node.isTextual();
  }

  double asDouble() {
    return node.asDouble();
  }

  boolean asBoolean() {
    return node.asBoolean();
  }

  String asText() {
    return node.asText();
  }

  int size() {
    return node.size();
  }

  /** The fields of an object, in document order; empty for anything else. */
  List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  List<JsonDocument> elements() {
    List<JsonDocument> out = new ArrayList<>();
    node.elements().forEachRemaining(child -> out.add(new JsonDocument(child)));
    return out;
  }
}
