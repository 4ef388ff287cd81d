package dev.preflight.author;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.load.ChecklistLoader;
import dev.preflight.load.LoadResult;
import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** preflight import on the seed and on real public checklists of other shapes. */
class MarkdownImportTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import");
  private static final Pattern TASK_LINE =
      Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[ xX]\\]\\s+(.*)$");
  private static final Pattern BOX_LINE = Pattern.compile("(?m)^\\s*□\\s*(.*)$");

  @TempDir Path dir;

  private static String markdown(String name) throws IOException {
    return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
  }

  private Checklist load(String yaml) throws IOException {
    Path file = dir.resolve("imported.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    LoadResult r = new ChecklistLoader().load(file, "imported.yaml", Map.of());
    assertThat(r.diagnostics()).as(yaml).isEmpty();
    return r.checklist();
  }

  private static String imported(String name) throws IOException {
    return ChecklistText.render(MarkdownImport.of(markdown(name), name, "fallback"));
  }

  @Test
  void seedImportIsGolden() throws IOException {
    Golden.assertMatches("import/core-module-deployment.yaml",
        imported("core-module-deployment-checklist.md"));
  }

  @Test
  void seedBecomesEveryTaskItemOnceInOrder() throws IOException {
    String md = markdown("core-module-deployment-checklist.md");
    List<String> expected = new ArrayList<>();
    Matcher task = Pattern.compile(
        "(?m)^\\s*- \\[ \\] (?:\\*\\*(.+?)\\*\\*|([^:*]+?):)|^□ (.+?) - ").matcher(md);
    while (task.find()) {
      expected.add(task.group(1) != null ? task.group(1)
          : task.group(2) != null ? task.group(2) : task.group(3));
    }
    assertThat(expected).hasSize(130);
    Checklist c = load(imported("core-module-deployment-checklist.md"));
    assertThat(c.items()).extracting(Item::title).containsExactlyElementsOf(expected);
    assertThat(c.items()).extracting(Item::id).doesNotHaveDuplicates();
  }

  @Test
  void seedCommandsRunWithTheirToolsParsers() throws IOException {
    Checklist c = load(imported("core-module-deployment-checklist.md"));
    assertThat(item(c, "pytest").check()).isEqualTo(new Check.Script("python -m pytest"
        + " tests/unit/core/test_di_setup_functional.py tests/unit/api/test_health_api_real.py"
        + " tests/unit/api/test_predictions_router_new.py -v", Check.Shell.SH));
    assertThat(item(c, "pytest").parse().parser()).isEqualTo("pytest");
    assertThat(item(c, "pytest").expect()).extracting(cond -> cond.text())
        .containsExactly("failed == 0", "passed > 0");
    assertThat(item(c, "bandit").parse().parser()).isEqualTo("bandit");
    assertThat(item(c, "pip-audit").parse().parser()).isEqualTo("pip-audit");
    assertThat(item(c, "pip-audit").expect()).extracting(cond -> cond.text())
        .containsExactly("vulnerabilities == 0");
    for (String make : List.of("lint", "type-check", "security-check", "db-migrate", "db-backup",
        "build")) {
      assertThat(item(c, make).check()).isEqualTo(new Check.Script("make " + make,
          Check.Shell.SH));
      assertThat(item(c, make).parse()).as("make targets stay plain").isNull();
    }
    assertThat(c.items().stream().filter(i -> i.check() instanceof Check.Script)).hasSize(9);
    assertThat(c.items().stream().filter(i -> i.check() instanceof Check.Probe))
        .as("the latency and error-rate targets become http probes")
        .extracting(i -> ((Check.Probe) i.check()).probe()).containsExactly("http", "http", "http");
  }

  @Test
  void seedThresholdsBecomeConditionsOrTodos() throws IOException {
    String yaml = imported("core-module-deployment-checklist.md");
    assertThat(yaml).startsWith(ChecklistText.HEADER + "\n")
        .contains("# TODO: automate '核心模块覆盖率 >80%' as expect: coverage > 80")
        .contains("http: {url: \"{{ service_url }}\", samples: 200, concurrency: 20}\n"
            + "            expect: [p95_ms < 500]")
        .contains("expect: [error_rate < 1]")
        .contains("'无高危漏洞' reads as high == 0; if `make security-check` runs bandit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"core-module-deployment-checklist.md", "api-security-checklist.md"})
  void itemCountsEqualCheckboxCounts(String name) throws IOException {
    String md = markdown(name);
    long boxes = TASK_LINE.matcher(md).results().count() + BOX_LINE.matcher(md).results().count();
    assertThat(load(imported(name)).items()).hasSize((int) boxes);
  }

  @Test
  void tablesOfChecksBecomeOneItemPerRow() throws IOException {
    String md = markdown("mercari-pre-production-checklist.md");
    List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Check name")
        && !l.startsWith("| :--")).toList();
    Checklist c = load(imported("mercari-pre-production-checklist.md"));
    assertThat(c.items()).hasSize(rows.size()).hasSize(53);
    assertThat(c.sections()).extracting(s -> s.title()).containsExactly("Maintainability",
        "Observability", "Reliability", "Security", "Accessibility");
    Item coverage = item(c, "test-coverage");
    assertThat(coverage.title()).isEqualTo("Test coverage");
    assertThat(((Check.Manual) coverage.check()).instructions())
        .startsWith("Short Description: Its test coverage is reported to Codecov");
    assertThat(imported("mercari-pre-production-checklist.md"))
        .contains("as expect: coverage > 80");
  }

  @Test
  void codeSpansThatAreNotCommandsStayText() throws IOException {
    Checklist c = load(imported("api-security-checklist.md"));
    assertThat(c.name()).isEqualTo("API Security Checklist");
    assertThat(c.items()).allMatch(i -> i.check() instanceof Check.Manual);
    assertThat(c.items().get(0).title())
        .isEqualTo("Don't use `Basic Auth` Use standard authentication (e.g. JWT, OAuth).");
  }

  @Test
  void numberedNestedAndCheckedListsKeepTheirOrder() throws IOException {
    String md = """
        # Release v2

        ## Before the tag
        1. [ ] Run `pytest -q` on the release branch
        2. [x] **Changelog**: every user-visible change listed

           Say when it ships.
           - [ ] Breaking changes called out
             - [ ] Migration guide linked
        3. [ ] `./mvnw -B verify` passes
        * [ ] Lint: `ruff check .` shows nothing

        ## Performance
        | Check | Done | Notes |
        |---|---|---|
        | p95 latency | [ ] | P95 < 300 ms on staging |
        | Errors | [x] | error rate under 0.5% |

        □ Sign-off from QA - recorded in the release issue
        """;
    Outline outline = MarkdownImport.of(md, "release.md", "release");
    Checklist c = load(ChecklistText.render(outline));
    assertThat(c.name()).isEqualTo("Release v2");
    assertThat(c.items()).extracting(Item::title).containsExactly(
        "Run `pytest -q` on the release branch", "Changelog", "Breaking changes called out",
        "Migration guide linked", "`./mvnw -B verify` passes", "Lint", "p95 latency", "Errors",
        "Sign-off from QA");
    assertThat(c.items()).extracting(Item::id).containsExactly(
        "run-pytest-q-on-the-release-branch", "changelog", "breaking-changes-called-out",
        "migration-guide-linked", "mvnw-b-verify-passes", "lint",
        "p95-latency", "errors", "sign-off-from-qa");
    assertThat(item(c, "run-pytest-q-on-the-release-branch").parse().parser())
        .isEqualTo("pytest");
    assertThat(item(c, "lint").parse().parser()).isEqualTo("ruff");
    assertThat(item(c, "lint").expect()).extracting(cond -> cond.text())
        .containsExactly("issues == 0");
    assertThat(((Check.Manual) item(c, "changelog").check()).instructions())
        .isEqualTo("every user-visible change listed\nSay when it ships.");
    assertThat(item(c, "p95-latency").check()).isInstanceOf(Check.Probe.class);
    assertThat(item(c, "p95-latency").expect()).extracting(cond -> cond.text())
        .containsExactly("p95_ms < 300");
    assertThat(item(c, "errors").expect()).extracting(cond -> cond.text())
        .containsExactly("error_rate < 0.5");
  }

  @Test
  void titlesSurviveYamlQuotingExactly() throws IOException {
    String md = """
        # Tricky: names
        - [ ] **yes**: a word YAML 1.1 reads as true
        - [ ] **- dash**: starts like a list
        - [ ] **"quoted" # not a comment**: keep it all
        - [ ] **100**: a number
        - [ ] **{{ var }}**: braces
        - [ ] **tab\there**: and a backslash \\\\ too
        """;
    Checklist c = load(ChecklistText.render(MarkdownImport.of(md, "t.md", "t")));
    assertThat(c.items()).extracting(Item::title).containsExactly("yes", "- dash",
        "\"quoted\" # not a comment", "100", "{ { var } }", "tab\there");
  }

  private static Item item(Checklist c, String id) {
    return c.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no item " + id + " in " + c.items().stream().map(Item::id)
            .toList()));
  }
}
