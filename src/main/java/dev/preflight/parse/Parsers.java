package dev.preflight.parse;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The registry of parsers by name. */
public final class Parsers {
  private static final Map<String, Parser> BY_NAME = new TreeMap<>();

  private Parsers() {}

  public static Optional<Parser> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Set<String> names() {
    return BY_NAME.keySet();
  }
}
