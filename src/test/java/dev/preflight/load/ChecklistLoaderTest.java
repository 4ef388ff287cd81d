package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.model.Operator;
import dev.preflight.model.ParseSpec;
import dev.preflight.model.Severity;
import dev.preflight.model.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistLoaderTest {
  private static final Path DIR = Path.of("src/test/resources/load").toAbsolutePath();

  private static Checklist load(String name, Map<String, String> vars) {
    LoadResult r = new ChecklistLoader().load(DIR.resolve(name), "checklists/" + name, vars);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.ok()).isTrue();
    return r.checklist();
  }

  private static Item item(Checklist c, String id) {
    return c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void specExampleLoads() {
    Checklist c = load("spec-example.yaml", Map.of());
    assertThat(c.name()).isEqualTo("Core Module Deployment Checklist");
    assertThat(c.description()).isEqualTo("Go-live readiness for the prediction service.");
    assertThat(c.file()).isEqualTo(Path.of("checklists/spec-example.yaml"));
    assertThat(c.env()).isEqualTo(Map.of("APP_ENV", "production"));
    assertThat(c.secrets()).containsExactly("DATABASE_URL", "SECRET_KEY");
    assertThat(c.sections()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("technical");
      assertThat(s.title()).isEqualTo("技术准备 · Technical readiness");
      assertThat(s.items()).isEmpty();
      assertThat(s.sections()).extracting("id").containsExactly("code-quality");
    });
    assertThat(c.items()).extracting(Item::id)
        .containsExactly("final-tests", "core-coverage", "team-notified");

    Item tests = item(c, "final-tests");
    assertThat(tests.section()).containsExactly("technical", "code-quality");
    assertThat(tests.check()).isEqualTo(
        new Check.Script("python3 -m pytest tests/unit -v", Check.Shell.SH));
    assertThat(tests.workdir()).isEqualTo(DIR.resolve("../examples/core-module").normalize());
    assertThat(tests.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(tests.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(tests.parse()).isEqualTo(ParseSpec.of("pytest"));
    assertThat(tests.expect()).extracting(Condition::text)
        .containsExactly("failed == 0", "passed > 0");
    assertThat(tests.skip()).isNull();
    assertThat(tests.retries()).isZero();
    assertThat(tests.retryDelay()).isEqualTo(Duration.ZERO);

    assertThat(item(c, "core-coverage").needs()).containsExactly("final-tests");
    Item manual = item(c, "team-notified");
    assertThat(manual.kind()).isEqualTo("manual");
    assertThat(manual.tags()).containsExactly("day-of");
  }

  @Test
  void defaultsWhenNothingIsSaid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("preflight.yaml");
    Files.writeString(file, "version: 1\nname: Minimal\nsections:\n  - id: s\n    title: S\n"
        + "    items:\n      - {id: a, title: A, run: 'true'}\n");
    LoadResult r = new ChecklistLoader().load(file, "preflight.yaml", Map.of());
    assertThat(r.diagnostics()).isEmpty();
    Item a = r.checklist().items().get(0);
    assertThat(a.workdir()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(a.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(a.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(a.check()).isEqualTo(new Check.Script("true", Check.Shell.SH));
    assertThat(a.env()).isEmpty();
    assertThat(a.tags()).isEmpty();
    assertThat(a.needs()).isEmpty();
    assertThat(a.expect()).isEmpty();
    assertThat(a.parse()).isNull();
    assertThat(a.exclusive()).isFalse();
    assertThat(r.checklist().description()).isNull();
  }

  @Test
  void sectionSeverityAndTagsFlowDownItemsOverride() {
    Checklist c = load("inheritance.yaml", Map.of());
    assertThat(item(c, "lint").severity()).isEqualTo(Severity.WARNING);
    assertThat(item(c, "types").severity()).isEqualTo(Severity.BLOCKER);
    assertThat(item(c, "deep-check").severity()).isEqualTo(Severity.WARNING);
    assertThat(item(c, "install").severity()).isEqualTo(Severity.BLOCKER);
    assertThat(item(c, "lint").tags()).isEqualTo(Set.of("ci", "fast"));
    assertThat(item(c, "deep-check").tags()).isEqualTo(Set.of("ci", "deep"));
    assertThat(item(c, "deep-check").section()).containsExactly("quality", "inner");
  }

  @Test
  void sectionNeedsApplyBelowAndSectionIdsStandForTheirItems() {
    Checklist c = load("inheritance.yaml", Map.of());
    assertThat(item(c, "lint").needs()).containsExactly("install", "disabled");
    // an item needing a sibling is fine; inherited needs come first
    assertThat(item(c, "types").needs()).containsExactly("install", "disabled", "lint");
    assertThat(item(c, "deep-check").needs()).containsExactly("install", "disabled");
    assertThat(item(c, "coverage").needs())
        .containsExactly("lint", "types", "deep-check");
    assertThat(item(c, "install").needs()).isEmpty();
  }

  @Test
  void varsEnvAndWorkdirs() {
    Checklist c = load("inheritance.yaml", Map.of("target", "production"));
    assertThat(item(c, "lint").title()).isEqualTo("Lint production");
    assertThat(item(c, "lint").check())
        .isEqualTo(new Check.Script("python3 -m ruff check .", Check.Shell.BASH));
    assertThat(item(c, "types").check())
        .isEqualTo(new Check.Argv(List.of("python3", "-m", "mypy", "src")));
    assertThat(c.env()).isEqualTo(
        Map.of("APP_ENV", "production", "PORT", "8080", "DEBUG", "false", "RATIO", "1.50"));
    assertThat(item(c, "types").env()).isEqualTo(Map.of("APP_ENV", "test", "PORT", "8080",
        "DEBUG", "false", "RATIO", "1.50", "MYPY_CACHE", ".cache"));
    assertThat(item(c, "lint").workdir()).isEqualTo(DIR.resolve("app"));
    assertThat(item(c, "types").workdir()).isEqualTo(Path.of("/opt/elsewhere"));
    // item workdirs are relative to the checklist file, not to defaults.workdir
    assertThat(item(c, "deep-check").workdir()).isEqualTo(DIR.resolve("../tools").normalize());
    assertThat(load("inheritance.yaml", Map.of()).items().get(0).title())
        .isEqualTo("Lint staging");
  }

  @Test
  void itemSettings() {
    Checklist c = load("inheritance.yaml", Map.of());
    Item deep = item(c, "deep-check");
    assertThat(deep.timeout()).isEqualTo(Duration.ofMinutes(90));
    assertThat(item(c, "lint").timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(deep.retries()).isEqualTo(2);
    assertThat(deep.retryDelay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(deep.exclusive()).isTrue();
    assertThat(deep.skip()).isEqualTo("waiting for the new runner");
    assertThat(item(c, "install").skip()).isNull();
    assertThat(item(c, "disabled").skip()).isEqualTo("skipped in the checklist");
    assertThat(item(c, "announce").check())
        .isEqualTo(new Check.Manual("Post in #release.\nWait for a thumbs-up.\n"));
  }

  @Test
  void parseAndExpect() {
    Checklist c = load("inheritance.yaml", Map.of());
    Item coverage = item(c, "coverage");
    assertThat(coverage.parse()).isEqualTo(new ParseSpec("coverage", "coverage.xml", Map.of()));
    assertThat(coverage.expect()).extracting(Condition::subject, Condition::operator)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coverage", Operator.GE),
            org.assertj.core.groups.Tuple.tuple("exit_code", Operator.LE),
            org.assertj.core.groups.Tuple.tuple("stdout", Operator.CONTAINS));
    assertThat(coverage.expect().get(0).value()).isEqualTo(new Value.Number(80, true));
    assertThat(coverage.expect().get(0).text()).isEqualTo("coverage >= 80%");
    assertThat(load("inheritance.yaml", Map.of("min_coverage", "90")).items().stream()
        .filter(i -> i.id().equals("coverage")).findFirst().orElseThrow().expect().get(0).value())
        .isEqualTo(new Value.Number(90, true));
    assertThat(coverage.expect().get(2).value()).isEqualTo(new Value.Text("TOTAL"));
    assertThat(item(c, "custom").parse())
        .isEqualTo(new ParseSpec("regex", "stderr", Map.of("pattern", "(?<p95>\\d+)ms p95")));
    assertThat(item(c, "report").parse()).isEqualTo(new ParseSpec("json", "output",
        Map.of("metrics.high", "/summary/high", "metrics.total", "/summary/total")));
    assertThat(item(c, "deep-check").expect()).singleElement()
        .extracting(Condition::operator).isEqualTo(Operator.NOT_MATCHES);
  }

  @Test
  void aliasesAndMergeKeys() {
    Checklist c = load("aliases.yaml", Map.of());
    Item second = item(c, "second");
    assertThat(second.title()).isEqualTo("Second");
    assertThat(second.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(second.tags()).containsExactly("shared");
    assertThat(second.check()).isEqualTo(new Check.Script("make", Check.Shell.SH));
  }

  @Test
  void byteOrderMarkAndWindowsLineEndings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crlf.yaml");
    String text = "\uFEFFversion: 1\r\nname: CRLF\r\nsections:\r\n  - id: s\r\n    title: S\r\n"
        + "    items:\r\n      - id: a\r\n        title: A\r\n        run: make\r\n"
        + "        expect: coverage = 1\r\n";
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    LoadResult r = new ChecklistLoader().load(file, "crlf.yaml", Map.of());
    assertThat(r.diagnostics()).extracting(Diagnostic::render).containsExactly(
        "crlf.yaml:10:26: sections[0].items[0].expect: unknown operator '=' in condition:"
            + " coverage = 1 (did you mean `==`?)");
  }

  @Test
  void conditionColumnsPointIntoTheValue(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cols.yaml");
    Files.writeString(file, "version: 1\nname: Cols\nsections:\n  - id: s\n    title: S\n"
        + "    items:\n      - id: a\n        title: A\n        run: make\n        parse: pytest\n"
        + "        expect: [ \"passed =< 1\", 'failed = 0', failed ! 0 ]\n");
    LoadResult r = new ChecklistLoader().load(file, "cols.yaml", Map.of());
    //                  expect: [ "passed =< 1", 'failed = 0', failed ! 0 ]
    // columns:         17 19     27           34     42       48    55
    assertThat(r.diagnostics()).extracting(Diagnostic::column).containsExactly(27, 42, 55);
    assertThat(r.diagnostics()).extracting(Diagnostic::yamlPath).containsExactly(
        "sections[0].items[0].expect[0]", "sections[0].items[0].expect[1]",
        "sections[0].items[0].expect[2]");
  }
}
