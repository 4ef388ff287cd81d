package dev.preflight.expect;

import dev.preflight.model.Condition;
import dev.preflight.model.Operator;
import dev.preflight.model.Value;

/**
 * Which subjects, operators and values go together: text operators on text subjects with a
 * string or regex, comparisons on numbers, {@code duration} against a duration, {@code exit_code}
 * against a whole number.
 */
final class ConditionRules {
  private ConditionRules() {}

  static void check(String subject, Operator op, int opAt, Value value, int valueAt)
      throws ConditionSyntaxException {
    check(subject, op, opAt, value, valueAt, Vocabulary.COMMANDS);
  }

  static void check(String subject, Operator op, int opAt, Value value, int valueAt,
      Vocabulary vocabulary) throws ConditionSyntaxException {
    if (op.isText() && !vocabulary.isText(subject)) {
      throw new ConditionSyntaxException(
          "'" + op.symbol() + "' needs a text subject, not '" + subject + "'",
          opAt,
          "use " + vocabulary.describeText() + "; compare numbers with == != < <= > >=");
    }
    if (!op.isText() && vocabulary.isTextOnly(subject)) {
      throw new ConditionSyntaxException(
          subject + " is text; '" + op.symbol() + "' compares numbers",
          opAt,
          "use contains, !contains, matches or !matches");
    }
    if (op.isText()) {
      checkText(op, value, valueAt);
    } else if (vocabulary.isDuration(subject)) {
      if (!(value instanceof Value.Span)) {
        throw new ConditionSyntaxException(
            subject + " needs a duration, not " + describe(value), valueAt,
            subject.equals(Condition.DURATION) ? "write 500ms or 2s" : "write e.g. 24h or 30m");
      }
    } else {
      checkNumber(subject, value, valueAt);
    }
  }

  private static void checkText(Operator op, Value value, int valueAt)
      throws ConditionSyntaxException {
    boolean contains = op == Operator.CONTAINS || op == Operator.NOT_CONTAINS;
    if (contains && value instanceof Value.Regex) {
      throw new ConditionSyntaxException(
          "'" + op.symbol() + "' takes a quoted string, not a /regex/",
          valueAt,
          "use " + (op == Operator.CONTAINS ? "matches" : "!matches") + " for a regex");
    }
    if (!(value instanceof Value.Text) && !(value instanceof Value.Regex)) {
      throw new ConditionSyntaxException(
          "'" + op.symbol() + "' takes a quoted string or /regex/, not " + describe(value),
          valueAt,
          "quote it: \"…\"");
    }
  }

  private static void checkNumber(String subject, Value value, int valueAt)
      throws ConditionSyntaxException {
    if (value instanceof Value.Size) {
      return;
    }
    if (!(value instanceof Value.Number n)) {
      throw new ConditionSyntaxException(
          subject + " is a number; expected a number, not " + describe(value),
          valueAt,
          value instanceof Value.Text t && isNumeric(t.text())
              ? "remove the quotes: " + t.text()
              : "e.g. " + subject + " > 80");
    }
    if (subject.equals(Condition.EXIT_CODE)
        && (n.percent() || n.value() != Math.rint(n.value()))) {
      throw new ConditionSyntaxException(
          "exit_code is a whole number, not " + describe(value), valueAt, "e.g. exit_code == 0");
    }
  }

  private static boolean isNumeric(String s) {
    return s.strip().matches("[-+]?\\d+(\\.\\d+)?%?");
  }

  static String describe(Value value) {
    if (value instanceof Value.Number n) {
      return "a number (" + Numbers.format(n.value()) + (n.percent() ? "%" : "") + ")";
    }
    if (value instanceof Value.Span s) {
      return "a duration (" + Durations.format(s.duration()) + ")";
    }
    if (value instanceof Value.Size z) {
      return "a size (" + z.text() + ")";
    }
    if (value instanceof Value.Text) {
      return "a string";
    }
    return "a regex";
  }
}
