package dev.preflight.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the thresholds a checklist line states, in English and Chinese as teams write them:
 * {@code 覆盖率 >80%}, "coverage > 80%", {@code P95<500ms}, {@code 响应时间<500ms}, {@code
 * 错误率<1%}, {@code 无高危漏洞}. A threshold whose direction is the opposite of a requirement
 * ({@code 错误率>1%告警}, an alert rule) is not one.
 */
final class Thresholds {
  /** One stated threshold as a condition, with the words it came from. */
  record Threshold(String metric, String op, String value, String phrase) {
    String condition() {
      return metric + " " + op + " " + value;
    }
  }

  /**
   * A metric the text can name. {@code upward}: a requirement reads "more than" (coverage);
   * otherwise "less than" (latency, errors).
   */
  private record Metric(String name, Pattern words, boolean upward, boolean millis) {}

  private static final List<Metric> METRICS = List.of(
      new Metric("coverage", Pattern.compile("(?i)覆盖率|coverage"), true, false),
      new Metric("p95_ms", Pattern.compile("(?i)p95|响应时间|response time|latency|延迟"), false,
          true),
      new Metric("error_rate", Pattern.compile("(?i)错误率|error rate|error-rate"), false, false));

  private static final Pattern COMPARISON = Pattern.compile(
      "(?<op>>=|<=|≥|≤|>|<)\\s*(?<num>\\d+(?:\\.\\d+)?)\\s*(?<unit>%|ms|毫秒|s\\b|秒|sec\\b|seconds?\\b)?");
  private static final Pattern NO_HIGH = Pattern.compile(
      "(?i)无高危(漏洞|问题)?|没有高危|no high[- ](severity )?(vulnerabilit(y|ies)|issues?|findings?)");
  private static final Pattern CLAUSE_END = Pattern.compile("[、，,;；。]");

  private Thresholds() {}

  /** Thresholds in {@code text}; a metric named only by {@code title} applies to bare numbers. */
  static List<Threshold> find(String title, String text) {
    String t = normalise(text);
    List<Threshold> out = new ArrayList<>();
    Matcher m = COMPARISON.matcher(t);
    while (m.find()) {
      String clause = clauseBefore(t, m.start());
      Metric metric = metricIn(clause);
      if (metric == null) {
        metric = metricIn(normalise(title));
      }
      if (metric == null) {
        continue;
      }
      String op = m.group("op").replace("≥", ">=").replace("≤", "<=");
      if (op.startsWith(">") != metric.upward()) {
        continue; // the wrong way round for a requirement: an alert rule or a limit to watch
      }
      String value = m.group("num");
      String unit = m.group("unit") == null ? "" : m.group("unit").toLowerCase(Locale.ROOT);
      if (metric.millis() && unit.matches("s|秒|sec|seconds?")) {
        value = new java.math.BigDecimal(value).multiply(java.math.BigDecimal.valueOf(1000))
            .stripTrailingZeros().toPlainString();
      } else if (metric.millis() && !unit.isEmpty() && !unit.matches("ms|毫秒")) {
        continue;
      }
      out.add(new Threshold(metric.name(), op, value, t.substring(
          Math.max(0, m.start() - clause.length()), m.end()).strip()));
    }
    Matcher high = NO_HIGH.matcher(t + " " + normalise(title));
    if (high.find()) {
      out.add(new Threshold("high", "==", "0", high.group()));
    }
    return out;
  }

  private static Metric metricIn(String text) {
    Metric found = null;
    int at = -1;
    for (Metric metric : METRICS) {
      Matcher m = metric.words().matcher(text);
      while (m.find()) {
        if (m.start() > at) { // the metric named last before the number is the one it measures
          at = m.start();
          found = metric;
        }
      }
    }
    return found;
  }

  private static String clauseBefore(String text, int end) {
    String before = text.substring(0, end);
    Matcher m = CLAUSE_END.matcher(before);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return before.substring(start);
  }

  /** Words for comparisons, as people write them before a number. */
  private static final List<String[]> WORDS = List.of(
      new String[] {"(?i)\\b(at least|no less than|not less than)\\s+(?=\\d)", ">= "},
      new String[] {"(?i)\\b(at most|no more than|not more than|within)\\s+(?=\\d)", "<= "},
      new String[] {"(?i)\\b(over|above|more than|greater than|higher than)\\s+(?=\\d)", "> "},
      new String[] {"(?i)\\b(under|below|less than|lower than)\\s+(?=\\d)", "< "},
      new String[] {"(不低于|不少于|至少)\\s*(?=\\d)", ">="},
      new String[] {"(不高于|不超过|最多)\\s*(?=\\d)", "<="},
      new String[] {"(大于|高于|超过)\\s*(?=\\d)", ">"},
      new String[] {"(小于|低于)\\s*(?=\\d)", "<"});

  /** Full-width signs as plain ones ({@code ＞80％} is {@code >80%}), words as signs. */
  private static String normalise(String s) {
    String out = s.replace('＞', '>').replace('＜', '<').replace('％', '%').replace('＝', '=');
    for (String[] w : WORDS) {
      out = out.replaceAll(w[0], w[1]);
    }
    return out;
  }
}
