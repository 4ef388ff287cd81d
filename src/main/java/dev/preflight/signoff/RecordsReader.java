package dev.preflight.signoff;

import dev.preflight.load.Diagnostic;
import dev.preflight.signoff.YamlTree.Mapping;
import dev.preflight.signoff.YamlTree.Node;
import dev.preflight.signoff.YamlTree.Scalar;
import dev.preflight.signoff.YamlTree.Seq;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the records file ({@code NAME.signoffs.yaml}) and checks every entry, so a file edited
 * by hand or mangled by a merge is refused with each problem's line rather than half-believed.
 */
final class RecordsReader {
  private static final List<String> TOP = List.of("version", "signoffs", "waivers");
  private static final List<String> SIGNOFF = List.of("item", "by", "at", "note", "evidence",
      "release", "fingerprint", "signature");
  private static final List<String> WAIVER = List.of("item", "by", "at", "reason", "until",
      "fingerprint", "signature");

  private final String file;
  private final List<Diagnostic> problems = new ArrayList<>();

  private RecordsReader(String file) {
    this.file = file;
  }

  /** What a read found: the records, or (when {@code problems} is not empty) nothing usable. */
  record Result(Records records, List<Diagnostic> problems) {}

  /** @param file how messages name the file */
  static Result read(String text, String file) {
    RecordsReader reader = new RecordsReader(file);
    Node root;
    try {
      root = YamlTree.read(text);
    } catch (YamlTree.Malformed e) {
      reader.problem(e.line, e.column, "", e.getMessage(),
          "fix the file by hand (git diff shows what changed); preflight will not overwrite it");
      return new Result(null, reader.problems);
    }
    Records records = reader.top(root);
    List<Diagnostic> sorted = new ArrayList<>(reader.problems);
    sorted.sort(java.util.Comparator.comparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return new Result(sorted.isEmpty() ? records : null, List.copyOf(sorted));
  }

  private Records top(Node root) {
    if (root == null || root instanceof Scalar s && s.isNull()) {
      return Records.NONE;
    }
    if (!(root instanceof Mapping map)) {
      problem(root, "", "expected a map with version, signoffs and waivers at the top", null);
      return null;
    }
    keys(map, "", TOP);
    Node version = map.values().get("version");
    if (version != null && !(version instanceof Scalar v && "1".equals(v.text()))) {
      problem(version, "version", "unsupported version of the records file",
          "this preflight reads version: 1");
    }
    List<SignoffRecord> signoffs = new ArrayList<>();
    for (Entry e : entries(map, "signoffs", SIGNOFF)) {
      signoffs.add((SignoffRecord) e);
    }
    List<WaiverRecord> waivers = new ArrayList<>();
    for (Entry e : entries(map, "waivers", WAIVER)) {
      waivers.add((WaiverRecord) e);
    }
    return new Records(signoffs, waivers);
  }

  private List<Entry> entries(Mapping top, String key, List<String> allowed) {
    Node node = top.values().get(key);
    if (node == null || node instanceof Scalar s && s.isNull()) {
      return List.of();
    }
    if (!(node instanceof Seq seq)) {
      problem(node, key, key + " must be a list of entries", null);
      return List.of();
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      String path = key + "[" + i + "]";
      if (!(seq.items().get(i) instanceof Mapping entry)) {
        problem(seq.items().get(i), path, "expected an entry with item, by, at…", null);
        continue;
      }
      Entry e = entry(entry, path, allowed, key.equals("signoffs"));
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private Entry entry(Mapping m, String path, List<String> allowed, boolean signoff) {
    int before = problems.size();
    keys(m, path, allowed);
    String item = text(m, path, "item", true);
    String by = text(m, path, "by", true);
    Instant at = instant(m, path);
    String fingerprint = text(m, path, "fingerprint", true);
    String signature = text(m, path, "signature", false);
    Entry entry;
    if (signoff) {
      entry = new SignoffRecord(item, by, at, text(m, path, "note", false),
          text(m, path, "evidence", false), text(m, path, "release", false), fingerprint,
          signature);
    } else {
      String until = text(m, path, "until", true);
      if (until != null) {
        try {
          Until.expiry(until);
        } catch (DateTimeParseException e) {
          problem(m.values().get("until"), path + ".until", "until '" + until
              + "' is neither a date (2026-12-15) nor a UTC time (2026-12-15T18:00:00Z)", null);
        }
      }
      entry = new WaiverRecord(item, by, at, text(m, path, "reason", true), until, fingerprint,
          signature);
    }
    return problems.size() == before ? entry : null;
  }

  private void keys(Mapping m, String path, List<String> allowed) {
    for (Map.Entry<String, int[]> k : m.keys().entrySet()) {
      if (!allowed.contains(k.getKey())) {
        int[] at = k.getValue();
        problem(at[0], at[1], join(path, k.getKey()), "unknown key '" + k.getKey() + "'",
            "expected one of: " + String.join(", ", allowed));
      }
    }
  }

  private String text(Mapping m, String path, String key, boolean required) {
    Node n = m.values().get(key);
    if (n == null || n instanceof Scalar s && s.isNull()) {
      if (required) {
        problem(n == null ? m : n, join(path, key), "missing " + key,
            "every entry has item, by, at and fingerprint");
      }
      return null;
    }
    if (!(n instanceof Scalar s)) {
      problem(n, join(path, key), key + " must be text", null);
      return null;
    }
    return s.text();
  }

  private Instant instant(Mapping m, String path) {
    String text = text(m, path, "at", true);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      problem(m.values().get("at"), join(path, "at"), "at '" + text + "' is not a UTC time",
          "write it as 2026-11-27T18:00:00Z");
      return null;
    }
  }

  private void problem(Node at, String path, String message, String hint) {
    problem(at.line(), at.column(), path, message, hint);
  }

  private void problem(int line, int column, String path, String message, String hint) {
    problems.add(new Diagnostic(file, Math.max(0, line), Math.max(0, column), path, message,
        hint));
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
