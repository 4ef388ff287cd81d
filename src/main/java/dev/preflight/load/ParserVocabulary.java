package dev.preflight.load;

import dev.preflight.expect.MetricVocabulary;
import dev.preflight.model.ParseSpec;
import dev.preflight.parse.Parsers;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metrics of an item's parser, as named by its settings ({@code pattern}, {@code metrics}). */
record ParserVocabulary(ParseSpec spec) implements MetricVocabulary {

  @Override
  public String producer() {
    return "parser " + spec.parser();
  }

  /** Empty for a parser the registry does not have yet: nothing to check against. */
  @Override
  public Set<String> metricNames() {
    return Parsers.byName(spec.parser()).map(p -> p.metricNames(spec.options())).orElse(Set.of());
  }

  /** The other parsers that yield {@code metric} whatever their settings, sorted by name. */
  static List<String> yielding(String metric) {
    return Parsers.names().stream()
        .filter(name -> Parsers.byName(name).orElseThrow().metricNames(Map.of()).contains(metric))
        .toList();
  }
}
