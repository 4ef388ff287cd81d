package dev.preflight.parse;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The registry of parsers by the name used in {@code parse:} (SPEC §5). Parsers are stateless,
 * so one immutable instance of each serves every item, also when items run in parallel.
 */
public final class Parsers {
  private static final Map<String, Parser> BY_NAME =
      index(
          List.of(
              new PytestParser(),
              new JunitParser(),
              new CoverageParser(),
              new MypyParser(),
              new Flake8Parser(),
              new RuffParser(),
              new PylintParser(),
              new BanditParser(),
              new PipAuditParser(),
              new ShellcheckParser(),
              new RegexParser(),
              new JsonPointerParser(),
              new MavenParser(),
              new GradleParser(),
              new JestParser(),
              new NodeTestParser(),
              new GoTestParser(),
              new CargoTestParser(),
              new EslintParser(),
              new TscParser(),
              new CheckstyleParser(),
              new SpotbugsParser(),
              new ClippyParser(),
              new GoVetParser(),
              new NpmAuditParser()));

  private Parsers() {}

  public static Optional<Parser> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every registered name, sorted, for "did you mean" hints and {@code preflight schema}. */
  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  private static Map<String, Parser> index(List<Parser> parsers) {
    SortedMap<String, Parser> byName = new TreeMap<>();
    for (Parser parser : parsers) {
      if (byName.put(parser.name(), parser) != null) {
        throw new IllegalStateException("two parsers are named " + parser.name());
      }
    }
    // sorted for names(); unmodifiable, so the one shared registry cannot change after startup
    return Collections.unmodifiableSortedMap(byName);
  }
}
