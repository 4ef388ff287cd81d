package dev.preflight.load;

import dev.preflight.expect.Durations;
import dev.preflight.load.Node.Entry;
import dev.preflight.load.Node.MapNode;
import dev.preflight.load.Node.Scalar;
import dev.preflight.load.Node.SeqNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Typed, located access to the keys of one YAML map. Every getter reports a wrong type or value
 * as a diagnostic and returns null, so mapping carries on and finds the next problem too.
 */
final class Fields {
  private final MapNode map;
  private final String path;
  private final Context cx;

  Fields(MapNode map, String path, Context cx) {
    this.map = map;
    this.path = path;
    this.cx = cx;
  }

  MapNode map() {
    return map;
  }

  String path() {
    return path;
  }

  String path(String key) {
    return YamlPath.key(path, key);
  }

  /**
   * Reports keys outside {@code allowed}. {@code notYet} names keys the format reserves but this
   * version does not support, with the message to show instead of "unknown key".
   */
  void allowOnly(Collection<String> allowed, Map<String, String> synonyms,
      Map<String, String> notYet) {
    for (Entry e : map.entries()) {
      String key = e.key();
      if (allowed.contains(key)) {
        continue;
      }
      String path = path(key);
      if (notYet.containsKey(key)) {
        cx.problems().add(e.keyMark(), path, notYet.get(key), null);
        continue;
      }
      String hint = synonyms.containsKey(key)
          ? "did you mean `" + synonyms.get(key) + "`?"
          : Suggestions.didYouMean(key, allowed, "expected one of: " + String.join(", ", allowed));
      cx.problems().add(e.keyMark(), path, "unknown key '" + key + "'", hint);
    }
  }

  Node node(String key) {
    Entry e = map.entry(key);
    return e == null || (e.value() instanceof Scalar s && s.isNull()) ? null : e.value();
  }

  boolean has(String key) {
    return node(key) != null;
  }

  /** A scalar as text with variables expanded; numbers and booleans as written. */
  String text(String key) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Scalar s)) {
      cx.report(n, path(key), "expected a string, got " + n.describe(), null);
      return null;
    }
    return cx.vars().expand(s.text(), s.mark(), path(key), cx.problems());
  }

  /** Like {@link #text} but the key must be there and not blank. */
  String required(String key, String hint) {
    Entry e = map.entry(key);
    if (e == null) {
      cx.problems().add(map.mark(), path, "missing required key '" + key + "'", hint);
      return null;
    }
    String value = text(key);
    if (value == null && node(key) == null || value != null && value.isBlank()) {
      cx.problems().add(e.value().mark(), path(key), key + " is empty", hint);
      return null;
    }
    return value;
  }

  Duration duration(String key) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Scalar)) {
      cx.report(n, path(key), "expected a duration like 30s, got " + n.describe(), null);
      return null;
    }
    String text = text(key);
    try {
      return Durations.parse(text);
    } catch (Durations.InvalidDuration e) {
      cx.report(n, path(key), e.getMessage(), e.hint());
      return null;
    }
  }

  /** A duration that must be more than zero, such as a timeout. */
  Duration positiveDuration(String key) {
    Duration d = duration(key);
    if (d != null && d.isZero()) {
      cx.report(node(key), path(key), key + " must be more than 0s", "e.g. " + key + ": 30s");
      return null;
    }
    return d;
  }

  Boolean bool(String key) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.type() == Scalar.Type.BOOLEAN) {
      return Boolean.parseBoolean(s.text()) || s.text().matches("(?i)yes|on|y");
    }
    cx.report(n, path(key), "expected true or false, got " + n.describe(), null);
    return null;
  }

  Integer integer(String key, int min, int max) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s && s.type() == Scalar.Type.NUMBER && s.text().matches("-?\\d{1,9}")) {
      int value = Integer.parseInt(s.text());
      if (value >= min && value <= max) {
        return value;
      }
      cx.report(n, path(key), key + " must be between " + min + " and " + max + ", got " + value,
          null);
      return null;
    }
    cx.report(n, path(key), "expected a whole number, got " + n.describe(), null);
    return null;
  }

  /** One scalar of a list, with its own path: {@code needs[1]}. */
  record Listed(Scalar scalar, String path) {
    String text() {
      return scalar.text();
    }
  }

  /** A list of scalars; a single scalar counts as a list of one. Entries keep their marks. */
  List<Listed> scalars(String key) {
    Node n = node(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof MapNode) {
      cx.report(n, path(key), "expected a list, got a map", "e.g. " + key + ": [a, b]");
      return List.of();
    }
    List<Node> items = n instanceof SeqNode seq ? seq.items() : List.of(n);
    List<Listed> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String itemPath = n instanceof SeqNode ? YamlPath.index(path(key), i) : path(key);
      if (item instanceof Scalar s && !s.isNull()) {
        out.add(new Listed(s, itemPath));
      } else {
        cx.report(item, itemPath, "expected a string, got " + item.describe(), null);
      }
    }
    return out;
  }

  /** One of {@code options} (case-sensitive, as written in the docs), or null after a report. */
  String choice(String key, List<String> options) {
    String value = text(key);
    if (value == null || options.contains(value)) {
      return value;
    }
    cx.report(node(key), path(key),
        key + " must be one of " + String.join(", ", options) + ", got '" + value + "'",
        Suggestions.closest(value, options).map(c -> "did you mean `" + c + "`?").orElse(null));
    return null;
  }

  MapNode mapAt(String key) {
    Node n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof MapNode m) {
      return m;
    }
    cx.report(n, path(key), "expected a map of keys, got " + n.describe(), null);
    return null;
  }
}
