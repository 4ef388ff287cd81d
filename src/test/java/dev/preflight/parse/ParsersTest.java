package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsersTest {
  @Test
  void registersEverySpecParserByName() {
    assertThat(Parsers.names())
        .containsExactly(
            "bandit", "coverage", "flake8", "json", "junit", "mypy", "pip-audit", "pylint",
            "pytest", "regex", "ruff", "shellcheck");
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
