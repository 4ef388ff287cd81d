package dev.preflight.load;

import dev.preflight.expect.ConditionParser;
import dev.preflight.expect.ConditionSyntaxException;
import dev.preflight.expect.Vocabulary;
import dev.preflight.model.Condition;
import dev.preflight.probe.Probe;
import dev.preflight.probe.Probes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a probe item's {@code expect:}: each subject must be one of the probe's metrics or text
 * subjects, or {@code duration}; text subjects take contains and matches, durations a duration.
 */
final class ProbeSubjects {
  private final Context cx;
  private final Probe probe;
  private final Vocabulary vocabulary;
  private final Set<String> known = new LinkedHashSet<>();

  ProbeSubjects(Context cx, String name) {
    this.cx = cx;
    this.probe = Probes.byName(name).orElseThrow();
    Set<String> durations = new LinkedHashSet<>(probe.durationMetrics());
    durations.add(Condition.DURATION);
    this.vocabulary = new Vocabulary(probe.textSubjects(), probe.metricNames(), durations);
    known.addAll(new java.util.TreeSet<>(probe.metricNames()));
    known.addAll(new java.util.TreeSet<>(probe.textSubjects()));
    known.add(Condition.DURATION);
  }

  List<Condition> conditions(Fields f) {
    List<Condition> conditions = new ArrayList<>();
    for (Fields.Listed entry : f.scalars("expect")) {
      Node.Scalar s = entry.scalar();
      String text = cx.vars().expand(s.text(), s.mark(), entry.path(), cx.problems());
      try {
        Condition c = ConditionParser.parse(text, vocabulary);
        if (!known.contains(c.subject())) {
          cx.report(s, entry.path(), "the " + probe.name() + " probe has no '" + c.subject()
              + "'", Suggestions.didYouMean(c.subject(), known,
                  "it yields " + String.join(", ", known)));
          continue;
        }
        conditions.add(c);
      } catch (ConditionSyntaxException e) {
        cx.report(s, entry.path(), e.getMessage() + " in condition: " + text.strip(), e.hint());
      }
    }
    return conditions;
  }
}
