package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.Settings;
import dev.preflight.probe.Key;
import dev.preflight.probe.Probe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a probe's settings ({@code http: {url: …, samples: 200}}) against the keys the probe
 * declares: unknown and missing keys, wrong types, then the probe's own checks, each reported
 * at its key. {@code {{ name }}} is filled in now; {@code {{ env.NAME }}} when the probe runs.
 */
final class ProbeMapper {
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("hostname", "host"), Map.entry("address", "host"), Map.entry("uri", "url"),
      Map.entry("endpoint", "url"), Map.entry("header", "headers"), Map.entry("data", "body"),
      Map.entry("requests", "samples"), Map.entry("count", "samples"),
      Map.entry("users", "concurrency"), Map.entry("parallel", "concurrency"),
      Map.entry("verify", "insecure"), Map.entry("sni", "servername"),
      Map.entry("ca", "ca_file"), Map.entry("cafile", "ca_file"), Map.entry("db", "database"),
      Map.entry("dbname", "database"), Map.entry("username", "user"),
      Map.entry("sql", "query"), Map.entry("glob", "path"), Map.entry("required", "require"),
      Map.entry("env_file", "file"));

  private final Context cx;

  ProbeMapper(Context cx) {
    this.cx = cx;
  }

  Check map(Fields item, Probe probe) {
    Node node = item.node(probe.name());
    String path = item.path(probe.name());
    if (!(node instanceof Node.MapNode map)) {
      Node at = node == null ? item.map().entry(probe.name()).value() : node;
      cx.report(at, path, probe.name() + ": needs settings, got " + at.describe(),
          "e.g. " + probe.name() + ": {" + example(probe) + "}");
      return null;
    }
    Fields f = cx.fields(map, path);
    List<String> names = probe.keys().stream().map(Key::name).toList();
    f.allowOnly(names, SYNONYMS, Map.of("timeout", "timeout goes on the item, beside "
        + probe.name() + ": (default 10s for a probe)"));
    Map<String, Object> values = new LinkedHashMap<>();
    boolean ok = true;
    for (Key key : probe.keys()) {
      if (!f.has(key.name())) {
        if (key.required()) {
          cx.problems().add(map.mark(), path, "missing required key '" + key.name() + "'",
              "e.g. " + key.example());
          ok = false;
        }
        continue;
      }
      Object value = read(f, key);
      if (value == null) {
        ok = false;
      } else {
        values.put(key.name(), value);
      }
    }
    if (!ok) {
      return null;
    }
    Settings settings = new Settings(values);
    List<Probe.Problem> problems = probe.check(settings);
    for (Probe.Problem p : problems) {
      Node at = f.node(p.key()) == null ? map : f.node(p.key());
      cx.report(at, f.has(p.key()) ? f.path(p.key()) : path, p.message(), p.hint());
    }
    return problems.isEmpty() ? new Check.Probe(probe.name(), settings) : null;
  }

  private Object read(Fields f, Key key) {
    String name = key.name();
    return switch (key.type()) {
      case TEXT -> nonBlank(f, key);
      case NUMBER -> number(f, key);
      case BOOLEAN -> f.bool(name);
      case DURATION -> {
        Duration d = f.positiveDuration(name);
        yield d;
      }
      case LIST -> {
        List<String> out = f.scalars(name).stream()
            .map(l -> cx.vars().expand(l.text(), l.scalar().mark(), l.path(), cx.problems()))
            .toList();
        yield out.isEmpty() ? null : out;
      }
      case MAP -> textMap(f, key);
    };
  }

  /** A whole number, also one that a variable gives: {@code port: "{{ port.web }}"}. */
  private Long number(Fields f, Key key) {
    if (f.node(key.name()) instanceof Node.Scalar s && s.text().contains("{{")) {
      String text = f.text(key.name());
      if (text != null && text.strip().matches("\\d{1,9}")) {
        long n = Long.parseLong(text.strip());
        if (n >= key.min() && n <= key.max()) {
          return n;
        }
      }
      if (text != null && !text.contains("{{")) {
        cx.report(s, f.path(key.name()), key.name() + " must be a whole number between "
            + key.min() + " and " + key.max() + ", got '" + text + "'", null);
      }
      return null;
    }
    Integer n = f.integer(key.name(), (int) key.min(), (int) key.max());
    return n == null ? null : Long.valueOf(n);
  }

  private String nonBlank(Fields f, Key key) {
    String text = f.text(key.name());
    if (text != null && text.isBlank()) {
      cx.report(f.node(key.name()), f.path(key.name()), key.name() + " is empty",
          "e.g. " + key.example());
      return null;
    }
    return text;
  }

  /** A map of names to scalar values (headers, expected variables), values as written. */
  private Map<String, String> textMap(Fields f, Key key) {
    Node.MapNode m = f.mapAt(key.name());
    if (m == null) {
      return null;
    }
    Fields inner = cx.fields(m, f.path(key.name()));
    Map<String, String> out = new LinkedHashMap<>();
    for (Node.Entry e : m.entries()) {
      if (!(e.value() instanceof Node.Scalar s) || s.isNull()) {
        cx.report(e.value(), inner.path(e.key()), "expected a value, got "
            + e.value().describe(), "quote it: " + e.key() + ": \"…\"");
        return null;
      }
      out.put(e.key(), inner.text(e.key()));
    }
    return out;
  }

  private static String example(Probe probe) {
    return probe.keys().stream().filter(Key::required).findFirst()
        .map(Key::example).orElse(probe.keys().get(0).example());
  }
}
