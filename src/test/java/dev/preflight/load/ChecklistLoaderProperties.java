package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of generated checklists, most of them wrong in some way: the loader returns a
 * checklist or diagnostics, each one line naming a place, and never throws.
 */
class ChecklistLoaderProperties {
  private static Path dir;

  @BeforeContainer
  static void tempDir() throws IOException {
    dir = Files.createTempDirectory("preflight-loader-properties");
  }

  @AfterContainer
  static void removeTempDir() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 2000)
  void generatedChecklistsLoadOrGiveDiagnostics(@ForAll("checklists") String yaml) {
    Statistics.collect(check(yaml));
    // both outcomes come up, so neither half of the property is vacuous
    Statistics.coverage(c -> {
      c.check(true).percentage(p -> p >= 5);
      c.check(false).percentage(p -> p >= 20);
    });
  }

  @Property(tries = 1000)
  void damagedChecklistsLoadOrGiveDiagnostics(
      @ForAll("checklists") String yaml, @ForAll("damage") Damage damage) {
    check(damage.apply(yaml));
  }

  /** Whether it loaded. */
  private static boolean check(String yaml) {
    Path file = dir.resolve("checklist.yaml");
    try {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LoadResult r = new ChecklistLoader().load(file, "c.yaml", Map.of("cli", "x"));
    if (r.ok()) {
      assertThat(r.checklist()).isNotNull();
      assertThat(r.diagnostics()).isEmpty();
      return true;
    }
    assertThat(r.diagnostics()).isNotEmpty();
    for (Diagnostic d : r.diagnostics()) {
      String line = d.render();
      assertThat(line).startsWith("c.yaml").doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(line.strip()).doesNotContain("\n");
    }
    return false;
  }

  /** A cut, a duplicated slice or a stray character, somewhere in the text. */
  record Damage(int kind, double at, double length, char c) {
    String apply(String text) {
      int i = (int) (at * text.length());
      int n = (int) (length * Math.min(40, text.length() - i));
      return switch (kind) {
        case 0 -> text.substring(0, i) + text.substring(i + n);
        case 1 -> text.substring(0, i) + text.substring(i, i + n) + text.substring(i);
        default -> text.substring(0, i) + c + text.substring(i);
      };
    }
  }

  @Provide
  Arbitrary<Damage> damage() {
    return Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
        Arbitraries.of(':', '-', ' ', '\t', '{', '}', '[', ']', '"', '\'', '&', '*', '#', '|',
            '>', '\n', '\u0000', 'é'))
        .as(Damage::new);
  }

  private static final List<String> IDS = List.of("a", "b", "c", "build", "tests", "Bad Id",
      "a", "-x", "s1", "deploy");

  @Provide
  Arbitrary<String> checklists() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, anything()), net.jqwik.api.Tuple.of(1, wellFormed()));
  }

  /** Unique ids, known keys, needs on earlier items only: these should load. */
  private Arbitrary<String> wellFormed() {
    Arbitrary<String> key = Arbitraries.of("", "timeout: 10s", "retries: 2", "parse: pytest",
        "expect: exit_code == 0", "expect: [failed == 0, passed > 0]", "exclusive: true",
        "tags: [fast, slow]", "env: {TOKEN: abcdef}", "severity: minor", "skip: later",
        "expect: stdout matches /ok/i", "needs: [i0]");
    Arbitrary<String> kind = Arbitraries.of("run: \"true\"", "args: [python3, -m, pytest]",
        "manual: Sign the release", "run: echo {{ v }}");
    Arbitrary<String> item = Combinators.combine(kind, key, key).as((k, a, b) ->
        "        " + k + "\n" + (a.isEmpty() ? "" : "        " + a + "\n")
            + (b.isEmpty() || b.equals(a) ? "" : "        " + b + "\n"));
    return item.list().ofMinSize(1).ofMaxSize(6).map(items -> {
      StringBuilder sb = new StringBuilder(
          "version: 1\nname: Release\nvars: {v: one}\nsections:\n  - id: s\n    title: S\n"
              + "    items:\n");
      for (int i = 0; i < items.size(); i++) {
        String body = i == 0 ? items.get(i).replace("        needs: [i0]\n", "") : items.get(i);
        sb.append("      - id: i").append(i).append("\n        title: Item ").append(i)
            .append('\n').append(body);
      }
      return sb.toString();
    });
  }

  private Arbitrary<String> anything() {
    Arbitrary<String> version = Arbitraries.of("1", "\"1\"", "2", "x", "", "1.0");
    Arbitrary<String> name = Arbitraries.of("Release", "\"\"", "{{ cli }}", "{{ nope }}",
        "[a, b]", "'quoted'");
    Arbitrary<String> sections = section().list().ofMaxSize(3)
        .map(l -> l.isEmpty() ? " []" : "\n" + String.join("", l));
    Arbitrary<String> extras = Arbitraries.of("", "vars: {v: one}\n", "secrets: [TOKEN]\n",
        "defaults: {timeout: 5m, shell: bash}\n", "defaults: {timeout: soon}\n",
        "env: {A: b, 1X: c}\n", "unknown_key: 3\n", "vars: [x]\n");
    return Combinators.combine(version, name, extras, sections).as((v, n, x, s) ->
        "version: " + v + "\nname: " + n + "\n" + x + "sections:" + s + "\n");
  }

  private Arbitrary<String> section() {
    return Combinators.combine(Arbitraries.of(IDS), item().list().ofMaxSize(4),
        Arbitraries.of("", "    needs: [a]\n", "    severity: major\n", "    tags: [t]\n",
            "    severity: fatal\n", "    skip: not today\n"))
        .as((id, items, extra) -> "  - id: " + id + "\n    title: Section " + id + "\n" + extra
            + "    items:" + (items.isEmpty() ? " []\n" : "\n" + String.join("", items)));
  }

  private Arbitrary<String> item() {
    Arbitrary<String> kind = Arbitraries.of("run: \"true\"", "run: make test",
        "args: [python3, -m, pytest]", "args: []", "manual: Sign the release", "run: [1, 2]",
        "http: {url: x}", "", "run: echo {{ v }}", "run: \"true\"\n        manual: both");
    Arbitrary<String> key = Arbitraries.of("", "needs: [a, b]", "needs: [tests]",
        "needs: [nowhere]", "needs: a", "timeout: 10s", "timeout: -1s", "timeout: forever",
        "retries: 2", "retries: 1000000000000", "retries: x", "parse: pytest", "parse: nope",
        "parse: {parser: regex, pattern: 'n=(?<n>\\\\d+)'}", "parse: {parser: regex, pattern: '('}",
        "parse: {parser: coverage, from: cov.json}", "expect: exit_code == 0",
        "expect: [failed == 0, passed > 0]", "expect: coverage >> 3", "expect: [1, {a: b}]",
        "expect: stdout matches /ok/", "expect: stdout matches /[/", "exclusive: true",
        "exclusive: maybe", "severity: minor", "tags: [fast, slow]", "tags: x",
        "env: {TOKEN: abcdef}", "workdir: sub", "shell: fish", "blocking: true", "skip: later",
        "&anchor foo: bar", "<<: {retries: 1}", "description: |\n          multi\n          line");
    return Combinators.combine(Arbitraries.of(IDS), kind, key.list().ofMaxSize(3))
        .as((id, k, keys) -> {
          StringBuilder sb = new StringBuilder("      - id: " + id + "\n        title: Item "
              + id + "\n");
          if (!k.isEmpty()) {
            sb.append("        ").append(k).append('\n');
          }
          for (String other : keys) {
            if (!other.isEmpty()) {
              sb.append("        ").append(other).append('\n');
            }
          }
          return sb.toString();
        });
  }
}
