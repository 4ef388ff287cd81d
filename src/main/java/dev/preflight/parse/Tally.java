package dev.preflight.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Metrics being collected, in the order they were first named. Parsers that read several sources
 * (stdout and stderr, or a glob of report files) add each source's counts into one tally.
 */
final class Tally {
  private final Map<String, Double> values = new LinkedHashMap<>();

  /** Starts every named metric at zero, so a count the tool left out reads as 0, not missing. */
  static Tally zeros(String... names) {
    Tally tally = new Tally();
    for (String name : names) {
      tally.values.put(name, 0.0);
    }
    return tally;
  }

  Tally add(String name, double amount) {
    values.merge(name, amount, Double::sum);
    return this;
  }

  Tally put(String name, double value) {
    values.put(name, value);
    return this;
  }

  Tally addAll(Tally other) {
    other.values.forEach(this::add);
    return this;
  }

  double get(String name) {
    return values.getOrDefault(name, 0.0);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  Map<String, Double> toMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Reads one source; empty when it holds nothing this parser recognises. */
  @FunctionalInterface
  interface SourceReader {
    Optional<Tally> read(String plainText, Source source) throws ParseException;
  }

  /**
   * Sums what {@code reader} finds in each source (ANSI codes already stripped). Sources with
   * nothing recognisable are passed over; when none has anything the item must not pass, so
   * this throws {@code no <what> found in <sources>}.
   */
  static Tally sum(List<Source> sources, String what, SourceReader reader) throws ParseException {
    Tally total = null;
    for (Source source : sources) {
      Optional<Tally> found = reader.read(ToolText.plain(source.text()), source);
      if (found.isPresent()) {
        total = total == null ? found.get() : total.addAll(found.get());
      }
    }
    if (total == null) {
      throw new ParseException("no " + what + " found in " + ToolText.names(sources));
    }
    return total;
  }
}
