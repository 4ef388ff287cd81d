package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.util.List;
import java.util.Set;

/**
 * One built-in check that runs inside preflight, with no shell and no external tool (SPEC §3a),
 * and yields metrics and text subjects for {@code expect:} exactly like a parser. One
 * implementation per probe, registered by name in {@link Probes}.
 *
 * <p>A probe never throws for anything its target does: an unreachable target, a refused login,
 * a failed query are all in the {@link Observation}.
 */
public interface Probe {

  /** The key that names it in an item: {@code http:}. */
  String name();

  /** The settings it takes; the loader checks their presence and types against these. */
  List<Key> keys();

  /** Every metric it can yield, for validating conditions before anything runs. */
  Set<String> metricNames();

  /** Its text subjects ({@code body}, {@code content}…), which take contains and matches. */
  default Set<String> textSubjects() {
    return Set.of();
  }

  /** Those metrics that are durations (compared against {@code 24h}); kept in milliseconds. */
  default Set<String> durationMetrics() {
    return Set.of();
  }

  /**
   * What is wrong with settings whose types are already right: a URL that is not one, a port out
   * of range. Values that still hold {@code {{ env.NAME }}} are left alone until the run.
   */
  default List<Problem> check(Settings settings) {
    return List.of();
  }

  /** Looks at the target. {@code settings} have their environment references filled in. */
  Observation observe(Settings settings, ProbeContext context) throws InterruptedException;

  /** A setting that is wrong, named by its key so the loader can place it in the file. */
  record Problem(String key, String message, String hint) {}
}
