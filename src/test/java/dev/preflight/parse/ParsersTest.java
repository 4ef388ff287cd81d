package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsersTest {
  @Test
  void registersEverySpecParserByName() {
    assertThat(Parsers.names())
        .containsExactly(
            "bandit", "cargo-test", "checkstyle", "clippy", "coverage", "eslint", "flake8",
            "go-test", "go-vet", "gradle", "jest", "json", "junit", "maven", "mypy", "node-test",
            "npm-audit", "pip-audit", "pylint", "pytest", "regex", "ruff", "shellcheck",
            "spotbugs", "tsc");
    for (String name : Parsers.names()) {
      assertThat(Parsers.byName(name)).get().extracting(Parser::name).isEqualTo(name);
    }
  }

  @Test
  void unknownNameIsEmpty() {
    assertThat(Parsers.byName("pytset")).isEmpty();
  }

  @Test
  void registryCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> Parsers.names().remove("pytest"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
