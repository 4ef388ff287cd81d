package dev.preflight.probe;

import java.util.List;

/**
 * Nearest-rank percentiles of a set of latencies: the p-th percentile of n samples is the
 * ⌈p·n/100⌉-th smallest, always a latency that was really measured (as {@code wrk} and most load
 * tools report), never an interpolation between two.
 */
record Percentiles(double[] sorted) {

  static Percentiles of(List<Double> values) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Percentiles(a);
  }

  double at(double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return round(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
  }

  double max() {
    return round(sorted[sorted.length - 1]);
  }

  /** Hundredths of a millisecond: finer than any clock a request is timed with matters. */
  static double round(double millis) {
    return Math.round(millis * 100) / 100.0;
  }

  double mean() {
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    return round(sum / sorted.length);
  }
}
