package dev.preflight.load;

import dev.preflight.expect.ConditionParser;
import dev.preflight.expect.ConditionSyntaxException;
import dev.preflight.expect.Subjects;
import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code expect:}, one condition or a list, each through the condition parser. A syntax
 * error points at the exact column inside the YAML value when the value is written on one line
 * as it is parsed (plain or quoted, no variables); otherwise at the value's start.
 */
final class ExpectMapper {
  private final Context cx;

  ExpectMapper(Context cx) {
    this.cx = cx;
  }

  List<Condition> map(Fields f, boolean hasParse, Check check) {
    List<Condition> conditions = new ArrayList<>();
    if (!f.has("expect")) {
      return conditions;
    }
    if (check instanceof Check.Manual) {
      cx.report(f.node("expect"), f.path("expect"), "expect: does not apply to a manual item",
          "a person signs it off instead");
      return conditions;
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
        conditions.add(c);
      } catch (ConditionSyntaxException e) {
        cx.problems().add(columnOf(s, text, e.offset()), entry.path(),
            e.getMessage() + " in condition: " + text.strip(), e.hint());
      }
    }
    return conditions;
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
