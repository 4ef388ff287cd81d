package dev.preflight.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a probe saw.
 *
 * @param unreachable null when the target was reached; else why not, e.g. {@code connection
 *     refused: 127.0.0.1:5432}: the item fails with it whatever its conditions say
 * @param metrics numbers for conditions, durations in milliseconds
 * @param texts text subjects for conditions
 * @param implied the probe's own pass rules (SPEC §3a's "passes by default when"), each dropped
 *     when a condition names one of its metrics, as {@code exit_code == 0} is for commands
 * @param missing why a metric has no value, e.g. {@code value: the first column is not a number}
 * @param summary a few lines for the report of what was seen; never a secret
 */
public record Observation(String unreachable, Map<String, Double> metrics,
    Map<String, String> texts, List<Implied> implied, Map<String, String> missing,
    List<String> summary) {

  public Observation {
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    texts = Map.copyOf(texts);
    implied = List.copyOf(implied);
    missing = Map.copyOf(missing);
    summary = List.copyOf(summary);
  }

  /** A rule that held or not; {@code failure} is null when it held. */
  public record Implied(String failure, Set<String> unlessNamed) {
    public Implied {
      unlessNamed = Set.copyOf(unlessNamed);
    }
  }

  /** The target could not be reached, or refused what was asked of it. */
  public static Observation unreachable(String reason) {
    return new Observation(reason, Map.of(), Map.of(), List.of(), Map.of(), List.of());
  }

  public static Builder reached() {
    return new Builder();
  }

  /** Collects what a probe saw, in the order reports should show it. */
  public static final class Builder {
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<Implied> implied = new ArrayList<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    public Builder metric(String name, double value) {
      metrics.put(name, value);
      return this;
    }

    public Builder text(String name, String value) {
      texts.put(name, value);
      return this;
    }

    /** A pass rule: {@code failure} when {@code holds} is false, unless a condition names one of
     * {@code unlessNamed}. */
    public Builder rule(boolean holds, String failure, String... unlessNamed) {
      implied.add(new Implied(holds ? null : failure, Set.of(unlessNamed)));
      return this;
    }

    public Builder missing(String metric, String why) {
      missing.put(metric, why);
      return this;
    }

    public Builder summary(String line) {
      summary.add(line);
      return this;
    }

    public Observation build() {
      return new Observation(null, metrics, texts, implied, missing, summary);
    }
  }
}
