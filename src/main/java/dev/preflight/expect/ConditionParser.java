package dev.preflight.expect;

import dev.preflight.model.Condition;
import dev.preflight.model.Operator;
import dev.preflight.model.Value;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one {@code SUBJECT OP VALUE} condition (SPEC §4), e.g. {@code coverage > 80}, {@code
 * duration < 2s}, {@code stdout contains "ready"}, {@code output !matches /ERROR/i}.
 *
 * <p>Every mistake becomes a {@link ConditionSyntaxException} whose offset points at the
 * offending token, so the loader can place it at an exact column in the YAML file.
 */
public final class ConditionParser {
  private static final Pattern SUBJECT = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern SYMBOLS = Pattern.compile("[=!<>~]+");
  private static final String ALL_OPERATORS =
      "use one of == != < <= > >= contains !contains matches !matches";

  // Operators people bring from other languages, mapped to ours.
  private static final Map<String, String> LOOKALIKES =
      Map.ofEntries(
          Map.entry("=", "=="), Map.entry("===", "=="), Map.entry("!==", "!="),
          Map.entry("=>", ">="), Map.entry("=<", "<="), Map.entry("<>", "!="),
          Map.entry("=~", "matches"), Map.entry("~=", "matches"), Map.entry("~", "matches"),
          Map.entry("!~", "!matches"), Map.entry("eq", "=="), Map.entry("is", "=="),
          Map.entry("equals", "=="), Map.entry("ne", "!="), Map.entry("lt", "<"),
          Map.entry("le", "<="), Map.entry("gt", ">"), Map.entry("ge", ">="),
          Map.entry("contain", "contains"), Map.entry("includes", "contains"),
          Map.entry("include", "contains"), Map.entry("has", "contains"),
          Map.entry("match", "matches"), Map.entry("like", "matches"),
          Map.entry("not", "!contains or !matches"), Map.entry("!contain", "!contains"),
          Map.entry("!match", "!matches"));

  private final String text;
  private final Vocabulary vocabulary;
  private int pos;

  private ConditionParser(String text, Vocabulary vocabulary) {
    this.text = text;
    this.vocabulary = vocabulary;
  }

  public static Condition parse(String text) throws ConditionSyntaxException {
    return parse(text, Vocabulary.COMMANDS);
  }

  /** A condition on an item whose text and duration subjects are {@code vocabulary}'s. */
  public static Condition parse(String text, Vocabulary vocabulary)
      throws ConditionSyntaxException {
    return new ConditionParser(text, vocabulary).condition();
  }

  private Condition condition() throws ConditionSyntaxException {
    skipSpace();
    if (pos == text.length()) {
      throw new ConditionSyntaxException(
          "empty condition", 0, "write SUBJECT OP VALUE, e.g. exit_code == 0");
    }
    String subject = subject();
    skipSpace();
    int opStart = pos;
    Operator op = operator(subject);
    skipSpace();
    int valueStart = pos;
    Literals literals = new Literals(text, pos);
    Value value = literals.value(subject, op);
    pos = literals.end();
    skipSpace();
    if (pos < text.length()) {
      throw new ConditionSyntaxException(
          "unexpected '" + text.substring(pos) + "' after the value",
          pos,
          "one condition per entry; list several as expect: [a, b]");
    }
    ConditionRules.check(subject, op, opStart, value, valueStart, vocabulary);
    return new Condition(subject, op, value, text.strip());
  }

  private String subject() throws ConditionSyntaxException {
    Matcher m = WORD.matcher(text).region(pos, text.length());
    if (!m.lookingAt()) {
      throw new ConditionSyntaxException(
          "expected a subject such as exit_code or coverage", pos, "write SUBJECT OP VALUE");
    }
    String word = m.group();
    if (!Character.isLetter(word.charAt(0)) && word.charAt(0) != '_') {
      throw new ConditionSyntaxException(
          "expected a subject such as exit_code or coverage, found '" + word + "'",
          pos,
          "write SUBJECT OP VALUE, e.g. coverage > " + word);
    }
    if (!SUBJECT.matcher(word).matches()) {
      String fixed = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      throw new ConditionSyntaxException(
          "'" + word + "' is not a valid subject", pos, "did you mean `" + fixed + "`?");
    }
    pos = m.end();
    return word;
  }

  private Operator operator(String subject) throws ConditionSyntaxException {
    int start = pos;
    if (pos == text.length()) {
      throw new ConditionSyntaxException(
          "missing operator after '" + subject + "'", start, ALL_OPERATORS);
    }
    Matcher symbols = SYMBOLS.matcher(text).region(pos, text.length());
    String token;
    if (symbols.lookingAt()) {
      token = symbols.group();
      int end = symbols.end();
      if (token.equals("!")) {
        Matcher word = WORD.matcher(text).region(end, text.length());
        if (word.lookingAt()) {
          token += word.group();
          end = word.end();
        }
      }
      pos = end;
    } else {
      Matcher word = WORD.matcher(text).region(pos, text.length());
      if (!word.lookingAt()) {
        throw new ConditionSyntaxException(
            "expected an operator, found '" + text.charAt(pos) + "'", start, ALL_OPERATORS);
      }
      token = word.group();
      if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-') {
        throw new ConditionSyntaxException(
            "missing operator between '" + subject + "' and '" + token + "'",
            start,
            "e.g. " + subject + " == " + token);
      }
      pos = word.end();
    }
    for (Operator op : Operator.values()) {
      if (op.symbol().equals(token)) {
        return op;
      }
    }
    String suggestion = LOOKALIKES.get(token.toLowerCase(java.util.Locale.ROOT));
    throw new ConditionSyntaxException(
        "unknown operator '" + token + "'",
        start,
        suggestion == null ? ALL_OPERATORS : "did you mean `" + suggestion + "`?");
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
