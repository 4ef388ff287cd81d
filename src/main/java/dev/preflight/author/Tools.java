package dev.preflight.author;

import dev.preflight.parse.Parsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code import} knows about the commands a Markdown checklist names: which parser reads a
 * tool's output, which metrics that parser yields, and what the tool's success looks like. One
 * row per tool; a tool without a parser on this version is still recognised as a command.
 */
final class Tools {
  /**
   * @param name what the command line runs: a program, or a program and its subcommand
   * @param parser the {@code parse:} name
   * @param expect conditions that say the tool found nothing wrong
   */
  record Tool(String name, String parser, List<String> expect) {
    /** What the parser yields that thresholds may name, from the parser itself. */
    Set<String> metrics() {
      return Parsers.byName(parser).orElseThrow().metricNames(Map.of());
    }
  }

  private static final Map<String, Tool> BY_NAME = Map.ofEntries(
      tool("pytest", "pytest", "failed == 0", "passed > 0"),
      tool("coverage", "coverage"),
      tool("mypy", "mypy", "errors == 0"),
      tool("flake8", "flake8", "issues == 0"),
      tool("ruff", "ruff", "issues == 0"),
      tool("pylint", "pylint"),
      tool("bandit", "bandit"),
      tool("pip-audit", "pip-audit"),
      tool("shellcheck", "shellcheck", "issues == 0"),
      tool("mvn", "maven", "failed == 0", "errors == 0", "tests > 0"),
      tool("mvnw", "maven", "failed == 0", "errors == 0", "tests > 0"),
      tool("gradle", "gradle", "failed == 0"),
      tool("gradlew", "gradle", "failed == 0"),
      tool("jest", "jest", "failed == 0", "errors == 0", "passed > 0"),
      tool("eslint", "eslint", "errors == 0"),
      tool("tsc", "tsc", "errors == 0"),
      tool("go test", "go-test", "failed == 0", "packages_failed == 0"),
      tool("go vet", "go-vet", "issues == 0"),
      tool("cargo test", "cargo-test", "failed == 0", "passed > 0"),
      tool("cargo clippy", "clippy", "issues == 0"));

  /** The coverage parser reads what pytest-cov prints: the coverage.py table. */
  static final Tool PYTEST_COV = new Tool("pytest", "coverage", List.of());

  /**
   * First words that make a code span a command rather than a file name or a header. Tools
   * with a parser are in {@link #BY_NAME}; make stays plain whatever its target runs.
   */
  private static final Set<String> COMMANDS = Set.of("make", "npm", "npx", "yarn", "pnpm",
      "node", "go", "cargo", "mvn", "./mvnw", "gradle", "./gradlew", "docker", "docker-compose",
      "kubectl", "helm", "terraform", "curl", "wget", "git", "python", "python3", "pip", "pip3",
      "uv", "poetry", "tox", "nox", "bash", "sh", "java", "dotnet", "bundle", "rake", "ansible",
      "ansible-playbook", "systemctl", "psql", "redis-cli", "ab", "wrk", "k6", "locust", "trivy",
      "grype", "semgrep", "pre-commit", "black", "isort", "eslint", "tsc", "jest", "gh", "aws",
      "gcloud", "az", "openssl", "nc", "dig", "ssh", "rsync", "pg_dump", "mysqldump", "alembic",
      "flask", "django-admin", "gunicorn", "uvicorn", "sqlite3", "composer", "php", "ruby",
      "rails", "mix", "swift", "xcodebuild", "fastlane", "lighthouse", "hadolint", "tflint",
      "checkov", "snyk", "vault", "consul", "nomad", "skaffold", "kustomize", "argocd");

  private static final Set<String> RUNNERS = Set.of("uv", "poetry", "pipenv", "pdm", "hatch");

  private Tools() {}

  private static Map.Entry<String, Tool> tool(String name, String parser, String... expect) {
    return Map.entry(name, new Tool(name, parser, List.of(expect)));
  }

  /** Whether a code span reads as a command line. */
  static boolean isCommand(String code) {
    List<String> words = words(code);
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0);
    return of(code).isPresent() || COMMANDS.contains(first)
        || first.startsWith("./") && words.size() > 1 || first.startsWith("./") && first.endsWith(".sh");
  }

  /** The tool with a parser that {@code command} runs, if any. */
  static Optional<Tool> of(String command) {
    List<String> words = words(command);
    String program = program(words);
    int at = words.indexOf(program);
    if (at >= 0 && at + 1 < words.size() && BY_NAME.containsKey(program + " " + words.get(at + 1))) {
      return Optional.of(BY_NAME.get(program + " " + words.get(at + 1)));
    }
    return Optional.ofNullable(BY_NAME.get(program));
  }

  /** {@code make TARGET}'s target, or null. */
  static String makeTarget(String command) {
    List<String> words = words(command);
    if (words.isEmpty() || !words.get(0).equals("make")) {
      return null;
    }
    return words.stream().skip(1).filter(w -> !w.startsWith("-") && !w.contains("="))
        .findFirst().orElse(null);
  }

  /**
   * The program a command line runs: past {@code VAR=value} assignments, {@code uv run}-style
   * runners and {@code python -m MODULE}; the base name of a path.
   */
  static String program(List<String> words) {
    int i = 0;
    while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      i++;
    }
    if (i + 1 < words.size() && RUNNERS.contains(words.get(i)) && words.get(i + 1).equals("run")) {
      i += 2;
    }
    if (i >= words.size()) {
      return "";
    }
    String program = words.get(i).replaceAll(".*/", "");
    if (program.matches("python[0-9.]*") && i + 2 < words.size() && words.get(i + 1).equals("-m")) {
      program = words.get(i + 2);
    }
    return program.equals("py.test") ? "pytest" : program;
  }

  /** A short id from a command: the make target, else the program. */
  static String idOf(String command) {
    String target = makeTarget(command);
    return target != null ? target : program(words(command));
  }

  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    for (String w : command.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
