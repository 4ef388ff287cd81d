package dev.preflight.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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

  List<JsonDocument> elements() {
    List<JsonDocument> out = new ArrayList<>();
    node.elements().forEachRemaining(child -> out.add(new JsonDocument(child)));
    return out;
  }
}
