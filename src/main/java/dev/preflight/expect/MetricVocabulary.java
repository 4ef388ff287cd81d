package dev.preflight.expect;

import java.util.Set;

/**
 * The metric names a check can yield for {@code expect:}, beyond the built-in subjects: a
 * parser's (with the item's parser settings), a probe's. {@code validate} uses it to name a
 * condition whose subject nothing the check produces could ever answer, before anything runs.
 */
public interface MetricVocabulary {

  /** How a message names what yields the metrics: {@code parser pytest}, {@code probe http}. */
  String producer();

  /** Every metric name it can yield; empty when it cannot know before it runs. */
  Set<String> metricNames();
}
