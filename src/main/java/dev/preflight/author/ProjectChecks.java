package dev.preflight.author;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code preflight init} finds in a project and the checks it proposes for it: one row per
 * build file, each naming the command and, where this version has a parser for the tool, the
 * parser and the conditions that say all is well. A tool without a parser here is judged by its
 * exit code until one arrives; adding one is a change to its row.
 */
final class ProjectChecks {
  /** One proposed item. {@code parse} is written as given, e.g. a flow map. */
  record Check(String id, String title, String run, List<String> args, String parse,
      List<String> expect, List<String> todos) {}

  /** One kind of project: the file that marks it and the checks it gets. */
  record Found(String marker, String section, List<Check> checks) {}

  private static final Pattern MAKE_TARGET =
      Pattern.compile("(?m)^([A-Za-z0-9][A-Za-z0-9_.-]*)\\s*:(?!=)");
  private static final Pattern NPM_SCRIPTS = Pattern.compile("\"scripts\"\\s*:\\s*\\{([^}]*)}");
  private static final Pattern JSON_ENTRY =
      Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final List<String> MAKE_TARGETS = List.of("test", "check", "lint",
      "type-check", "typecheck", "security", "security-check", "audit", "build");

  private ProjectChecks() {}

  static List<Found> in(Path dir) throws IOException {
    List<Found> found = new ArrayList<>();
    if (Files.isRegularFile(dir.resolve("pom.xml"))) {
      String mvn = Files.isRegularFile(dir.resolve("mvnw")) ? "./mvnw" : "mvn";
      found.add(new Found("pom.xml", "Maven", List.of(new Check("maven-verify",
          "Maven build and tests pass", mvn + " -B verify", null, "maven",
          List.of("failed == 0", "errors == 0", "tests > 0"), List.of()))));
    }
    for (String gradle : List.of("build.gradle", "build.gradle.kts")) {
      if (Files.isRegularFile(dir.resolve(gradle))) {
        String cmd = Files.isRegularFile(dir.resolve("gradlew")) ? "./gradlew" : "gradle";
        found.add(new Found(gradle, "Gradle", List.of(new Check("gradle-test",
            "Gradle build and tests pass", cmd + " build", null,
            "{parser: junit, from: \"build/test-results/test/TEST-*.xml\"}",
            List.of("failures == 0", "errors == 0", "tests > 0"), List.of()))));
        break;
      }
    }
    if (Files.isRegularFile(dir.resolve("package.json"))) {
      found.add(new Found("package.json", "Node.js", npm(read(dir.resolve("package.json")))));
    }
    if (Files.isRegularFile(dir.resolve("pyproject.toml"))) {
      found.add(new Found("pyproject.toml", "Python", python(read(dir.resolve("pyproject.toml")),
          Files.isRegularFile(dir.resolve(".flake8")))));
    }
    for (String makefile : List.of("Makefile", "makefile", "GNUmakefile")) {
      if (Files.isRegularFile(dir.resolve(makefile))) {
        List<Check> make = make(read(dir.resolve(makefile)));
        if (!make.isEmpty()) {
          found.add(new Found(makefile, "Make targets", make));
        }
        break;
      }
    }
    if (Files.isRegularFile(dir.resolve("go.mod"))) {
      found.add(new Found("go.mod", "Go", List.of(
          parsed("go-test", "Go tests pass", "go test ./...", "go-test", "failed == 0",
              "packages_failed == 0"),
          parsed("go-vet", "go vet finds nothing", "go vet ./...", "go-vet", "issues == 0"))));
    }
    if (Files.isRegularFile(dir.resolve("Cargo.toml"))) {
      found.add(new Found("Cargo.toml", "Rust", List.of(
          parsed("cargo-test", "Cargo tests pass", "cargo test --no-fail-fast", "cargo-test",
              "failed == 0", "passed > 0"),
          parsed("cargo-clippy", "Clippy finds nothing", "cargo clippy", "clippy",
              "issues == 0"))));
    }
    Path workflows = dir.resolve(".github/workflows");
    if (Files.isDirectory(workflows)) {
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.list(workflows)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.ya?ml"))
            .sorted().forEach(names::add);
      }
      if (!names.isEmpty()) {
        found.add(new Found(".github/workflows", "CI", List.of(new Check("ci-green",
            "CI is green for the release commit", null, null, null, List.of(),
            List.of("manual: Open the Actions tab for the release commit and confirm "
                + String.join(", ", names) + " passed.")))));
      }
    }
    return found;
  }

  /**
   * npm scripts, each read by the parser of the tool it runs (jest, node --test, eslint, tsc)
   * or judged by its exit code, and npm audit.
   */
  private static List<Check> npm(String packageJson) {
    Map<String, String> scripts = new LinkedHashMap<>();
    Matcher block = NPM_SCRIPTS.matcher(packageJson);
    if (block.find()) {
      Matcher entry = JSON_ENTRY.matcher(block.group(1));
      while (entry.find()) {
        scripts.put(entry.group(1), entry.group(2));
      }
    }
    List<Check> checks = new ArrayList<>();
    for (String s : List.of("test", "lint", "typecheck", "build")) {
      if (scripts.containsKey(s)) {
        String run = s.equals("test") ? "npm test" : "npm run " + s;
        checks.add(npmScript("npm-" + s, run + " passes", run, scripts.get(s)));
      }
    }
    checks.add(parsed("npm-audit", "No high or critical vulnerabilities in dependencies",
        "npm audit --json", "npm-audit", "critical == 0", "high == 0"));
    return checks;
  }

  private static Check npmScript(String id, String title, String run, String script) {
    if (script.matches("(npx )?jest\\b.*")) {
      return parsed(id, title, run, "jest", "failed == 0", "errors == 0", "passed > 0");
    }
    if (script.matches("node (.* )?--test\\b.*")) {
      return parsed(id, title, run, "node-test", "failed == 0", "passed > 0");
    }
    if (script.matches("(npx )?eslint\\b.*")) {
      return parsed(id, title, run, "eslint", "errors == 0");
    }
    if (script.matches("(npx )?tsc\\b.*")) {
      return parsed(id, title, run, "tsc", "errors == 0");
    }
    return plain(id, title, run);
  }

  private static List<Check> python(String pyproject, boolean flake8File) {
    List<Check> checks = new ArrayList<>();
    checks.add(new Check("pytest", "Unit tests pass", "python3 -m pytest -q", null, "pytest",
        List.of("failed == 0", "passed > 0"), List.of()));
    if (pyproject.contains("pytest-cov") || pyproject.contains("[tool.coverage")) {
      checks.add(new Check("coverage", "Test coverage above 80%",
          "python3 -m pytest -q --cov --cov-report=term", null, "coverage",
          List.of("coverage > 80"), List.of("80% is a starting point; set the project's bar")));
    }
    if (pyproject.contains("mypy")) {
      checks.add(new Check("mypy", "Type check is clean", "python3 -m mypy .", null, "mypy",
          List.of("errors == 0"), List.of()));
    }
    if (pyproject.contains("[tool.ruff")) {
      checks.add(new Check("ruff", "Ruff finds nothing", "ruff check .", null, "ruff",
          List.of("issues == 0"), List.of()));
    } else if (flake8File || pyproject.contains("flake8")) {
      checks.add(new Check("flake8", "flake8 finds nothing", "python3 -m flake8", null,
          "flake8", List.of("issues == 0"), List.of()));
    }
    if (pyproject.contains("bandit")) {
      checks.add(new Check("bandit", "No high-severity security findings",
          "python3 -m bandit -r . -q -f json", null, "bandit", List.of("high == 0", "exit_code <= 1"),
          List.of()));
    }
    return checks;
  }

  private static List<Check> make(String makefile) {
    Set<String> targets = new LinkedHashSet<>();
    Matcher m = MAKE_TARGET.matcher(makefile);
    while (m.find()) {
      targets.add(m.group(1));
    }
    List<Check> checks = new ArrayList<>();
    for (String t : MAKE_TARGETS) {
      if (targets.contains(t)) {
        checks.add(new Check("make-" + t, "make " + t + " succeeds", null, List.of("make", t),
            null, List.of(), List.of()));
      }
    }
    return checks;
  }

  private static Check plain(String id, String title, String run) {
    return new Check(id, title, run, null, null, List.of(), List.of());
  }

  private static Check parsed(String id, String title, String run, String parser,
      String... expect) {
    return new Check(id, title, run, null, parser, List.of(expect), List.of());
  }

  private static String read(Path file) throws IOException {
    return Files.size(file) > 1024 * 1024 ? "" : Files.readString(file, StandardCharsets.UTF_8);
  }
}
