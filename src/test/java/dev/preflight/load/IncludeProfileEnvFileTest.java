package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include:, profiles: with --profile, and env_file: (SPEC §12). */
class IncludeProfileEnvFileTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private LoadResult load(String name, Map<String, String> vars, String profile) {
    return new ChecklistLoader().load(dir.resolve(name), name, vars, profile);
  }

  private static List<String> rendered(LoadResult r) {
    return r.diagnostics().stream().map(Diagnostic::render).toList();
  }

  @Test
  void includedSectionsArePlacedInTheIncludingSection() throws IOException {
    write("release.yaml", """
        version: 1
        name: Release
        vars: {target: prod}
        defaults: {timeout: 5m}
        sections:
          - id: build
            title: Build
            items:
              - id: compile
                title: Compile
                run: make
          - id: security
            title: Security
            tags: [sec]
            include: parts/security.yaml
            items:
              - id: review
                title: Reviewed
                manual: Ask the security team.
                needs: [scan]
        """);
    write("parts/security.yaml", """
        version: 1
        name: Security checks
        vars: {target: test, tool: bandit}
        defaults: {severity: warning}
        env: {SCAN_MODE: full}
        secrets: [SCAN_TOKEN]
        sections:
          - id: scans
            title: Scans
            items:
              - id: scan
                title: "{{ tool }} against {{ target }}"
                run: "{{ tool }} -r ."
                needs: [compile]
        """);
    LoadResult r = load("release.yaml", Map.of(), null);
    assertThat(rendered(r)).isEmpty();
    Checklist c = r.checklist();
    Section security = c.sections().get(1);
    assertThat(security.sections()).extracting(Section::id).containsExactly("scans");
    Item scan = security.sections().get(0).items().get(0);
    assertThat(scan.title()).isEqualTo("bandit against prod");
    assertThat(scan.section()).containsExactly("security", "scans");
    assertThat(scan.tags()).containsExactly("sec");
    assertThat(scan.severity()).isEqualTo(Severity.WARNING);
    assertThat(scan.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(scan.env()).containsEntry("SCAN_MODE", "full");
    assertThat(scan.needs()).containsExactly("compile");
    assertThat(c.secrets()).contains("SCAN_TOKEN");
    assertThat(c.items()).extracting(Item::id).containsExactly("compile", "review", "scan");
    assertThat(c.items().get(1).needs()).containsExactly("scan");
  }

  @Test
  void problemsInAnIncludedFileNameItAndItsLines() throws IOException {
    write("main.yaml", """
        version: 1
        name: Main
        sections:
          - id: a
            title: A
            include: parts/a.yaml
          - id: b
            title: B
            include: parts/missing.yaml
        """);
    write("parts/a.yaml", """
        version: 1
        name: Part A
        sections:
          - id: x
            title: X
            items:
              - id: x1
                title: X1
                run: make
                timout: 5m
              - id: x2
                title: X2
                run: make
                needs: [nope]
        """);
    assertThat(rendered(load("main.yaml", Map.of(), null))).containsExactly(
        "main.yaml:9:14: sections[1].include: included file parts/missing.yaml not found"
            + " (paths are relative to the file that includes them)",
        "parts/a.yaml:10:9: sections[0].items[0].timout: unknown key 'timout' (did you mean"
            + " `timeout`?)",
        "parts/a.yaml:14:17: sections[0].items[1].needs[0]: unknown id 'nope' in needs"
            + " (needs lists item or section ids)");
  }

  @Test
  void includeCyclesAreReportedWhereTheyClose() throws IOException {
    write("a.yaml", """
        version: 1
        name: A
        sections:
          - id: a
            title: A
            include: b.yaml
        """);
    write("b.yaml", """
        version: 1
        name: B
        sections:
          - id: b
            title: B
            include: a.yaml
        """);
    assertThat(rendered(load("a.yaml", Map.of(), null))).containsExactly(
        "b.yaml:6:14: sections[0].include: include cycle: a.yaml → b.yaml → a.yaml (a file"
            + " cannot include itself, directly or through others)");
  }

  @Test
  void profilesSetVarsAndEnvAndVarStillWins() throws IOException {
    write(".env.staging", "# staging\nexport DB_HOST=staging-db\nQUOTED=\"a \\\"b\\\"\"\n");
    write("p.yaml", """
        version: 1
        name: P
        vars: {url: http://localhost, region: eu}
        env: {APP_ENV: dev, KEEP: yes}
        profiles:
          staging:
            vars: {url: https://staging.example.com}
            env: {APP_ENV: staging}
            env_file: .env.staging
          production:
            env_file: .env.production
        sections:
          - id: s
            title: S
            items:
              - id: smoke
                title: Smoke {{ url }} in {{ region }}
                run: curl -f {{ url }}
        """);
    Item plain = load("p.yaml", Map.of(), null).checklist().items().get(0);
    assertThat(plain.title()).isEqualTo("Smoke http://localhost in eu");
    assertThat(plain.env()).containsEntry("APP_ENV", "dev").doesNotContainKey("DB_HOST");

    LoadResult staging = load("p.yaml", Map.of(), "staging");
    assertThat(rendered(staging)).isEmpty();
    Item s = staging.checklist().items().get(0);
    assertThat(s.title()).isEqualTo("Smoke https://staging.example.com in eu");
    assertThat(s.env()).containsEntry("APP_ENV", "staging").containsEntry("DB_HOST", "staging-db")
        .containsEntry("QUOTED", "a \"b\"").containsEntry("KEEP", "yes");

    Item overridden = load("p.yaml", Map.of("url", "http://x"), "staging").checklist().items()
        .get(0);
    assertThat(overridden.title()).isEqualTo("Smoke http://x in eu");

    assertThat(rendered(load("p.yaml", Map.of(), "stagign"))).containsExactly(
        "p.yaml:5:1: profiles: no profile named 'stagign' (did you mean `staging`?)");
    assertThat(rendered(load("p.yaml", Map.of(), "production"))).singleElement().asString()
        .startsWith("p.yaml:11:15: profiles.production.env_file: env file .env.production not"
            + " found");
  }

  @Test
  void envFileLinesAreCheckedWithTheirOwnLineNumbers() throws IOException {
    write(".env", "A=1\nthis is not a pair\nB='unclosed\n");
    write("e.yaml", """
        version: 1
        name: E
        env_file: .env
        env: {A: "2"}
        sections:
          - id: s
            title: S
            items:
              - id: i
                title: I
                run: "true"
        """);
    assertThat(rendered(load("e.yaml", Map.of(), null))).containsExactly(
        ".env:2:1: not a KEY=value line: this is not a pair (write NAME=value; names use letters,"
            + " digits and _)",
        ".env:3:3: unclosed quote in the value of B (close the quote on the same line)");
    write(".env", "A=1\nC=three # a comment\n");
    Item i = load("e.yaml", Map.of(), null).checklist().items().get(0);
    assertThat(i.env()).containsEntry("A", "2").containsEntry("C", "three");
    assertThat(rendered(load("e.yaml", Map.of(), "x"))).containsExactly(
        "e.yaml: no profile named 'x' (this checklist defines no profiles; add profiles: {x:"
            + " {vars: …, env: …}})");
  }
}
