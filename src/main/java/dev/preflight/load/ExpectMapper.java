package dev.preflight.load;

import dev.preflight.expect.ConditionParser;
import dev.preflight.expect.ConditionSyntaxException;
import dev.preflight.expect.MetricVocabulary;
import dev.preflight.expect.Subjects;
import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code expect:}, one condition or a list, each through the condition parser. A syntax
 * error points at the exact column inside the YAML value when the value is written on one line
 * as it is parsed (plain or quoted, no variables); otherwise at the value's start. A metric that
 * the item's parser (or probe) can never yield is an error too, found here rather than after
 * the command ran.
 */
final class ExpectMapper {
  private final Context cx;

  ExpectMapper(Context cx) {
    this.cx = cx;
  }

  /**
   * @param vocabulary what the item's parser or probe can yield, or null when that is unknown
   *     (no parser, or one whose settings are themselves wrong)
   */
  List<Condition> map(Fields f, boolean hasParse, Check check, MetricVocabulary vocabulary) {
    List<Condition> conditions = new ArrayList<>();
    if (!f.has("expect")) {
      return conditions;
    }
    if (check instanceof Check.Manual) {
      cx.report(f.node("expect"), f.path("expect"), "expect: does not apply to a manual item",
          "a person signs it off instead");
      return conditions;
    }
    if (check instanceof Check.Service) {
      cx.report(f.node("expect"), f.path("expect"), "expect: does not apply to a service",
          "it passes once ready; check it with a probe item that needs it");
      return conditions;
    }
    if (check instanceof Check.Probe p) {
      return new ProbeSubjects(cx, p.probe()).conditions(f);
    }
    if (check instanceof Check.Notify) {
      return conditions; // reported with the other keys a notify item does not take
    }
    for (Fields.Listed entry : f.scalars("expect")) {
      Node.Scalar s = entry.scalar();
      String text = cx.vars().expand(s.text(), s.mark(), entry.path(), cx.problems());
      try {
        Condition c = ConditionParser.parse(text);
        if (Subjects.isMetric(c.subject()) && !hasParse) {
          cx.report(s, entry.path(), "'" + c.subject() + "' is not a built-in subject and the"
              + " item has no parse:", Suggestions.didYouMean(c.subject(), Subjects.BUILT_IN,
                  "add parse: NAME to read metrics, or use " + String.join(", ",
                      Subjects.BUILT_IN)));
          continue;
        }
        if (vocabulary != null && Subjects.isMetric(c.subject())
            && !vocabulary.metricNames().isEmpty()
            && !vocabulary.metricNames().contains(c.subject())) {
          cx.problems().add(columnOf(s, text, text.indexOf(c.subject())), entry.path(),
              "'" + c.subject() + "' is not a metric of " + vocabulary.producer(),
              unknownMetricHint(c.subject(), vocabulary));
          continue;
        }
        conditions.add(c);
      } catch (ConditionSyntaxException e) {
        cx.problems().add(columnOf(s, text, e.offset()), entry.path(),
            e.getMessage() + " in condition: " + text.strip(), hint(e, text, vocabulary));
      }
    }
    return conditions;
  }

  /** The close name, else every name and which other parser yields this one. */
  private static String unknownMetricHint(String metric, MetricVocabulary vocabulary) {
    Set<String> names = new TreeSet<>(vocabulary.metricNames());
    List<String> elsewhere = ParserVocabulary.yielding(metric);
    String all = "it yields " + String.join(", ", names)
        + (elsewhere.isEmpty() ? "" : "; " + metric + " comes from parse: " + or(elsewhere));
    return Suggestions.didYouMean(metric, names, all);
  }

  private static String or(List<String> names) {
    int n = names.size();
    return n == 1 ? names.get(0)
        : String.join(", ", names.subList(0, n - 1)) + " or " + names.get(n - 1);
  }

  /**
   * {@code duration} is the item's wall time and needs a unit; the number a test runner reports
   * is its parser's {@code test_seconds} (which was called {@code duration} once).
   */
  private static String hint(ConditionSyntaxException e, String text, MetricVocabulary vocabulary) {
    boolean bareDuration = text.strip().startsWith(Condition.DURATION + " ")
        && e.getMessage().startsWith(Condition.DURATION + " needs a duration");
    if (bareDuration && vocabulary != null
        && vocabulary.metricNames().contains("test_seconds")) {
      String renamed = text.strip().replaceFirst("^duration", "test_seconds");
      return "duration is the item's wall time: write 500ms or 2s; the test run's own figure in"
          + " seconds is test_seconds, e.g. " + renamed;
    }
    return e.hint();
  }

  private Mark columnOf(Node.Scalar s, String parsed, int offset) {
    int skip = s.quote() == '\'' || s.quote() == '"' ? 1 : 0;
    if (s.quote() != 0 && skip == 0 || !parsed.equals(s.text())) {
      return s.mark();
    }
    Mark start = new Mark(s.mark().line(), s.mark().column() + skip);
    String before = parsed.substring(0, Math.min(offset, parsed.length()));
    if (!cx.source().startsWith(start, before)) {
      return s.mark();
    }
    return new Mark(start.line(), start.column() + before.codePointCount(0, before.length()));
  }
}
