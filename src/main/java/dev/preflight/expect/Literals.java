package dev.preflight.expect;

import dev.preflight.model.Operator;
import dev.preflight.model.Value;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the VALUE of a condition at a given offset: a number ({@code 80}, {@code 80%}, {@code
 * -1}, {@code 0.5}), a duration ({@code 1h30m}), a quoted string with backslash escapes, or a
 * {@code /regex/} with optional {@code i} (ignore case) and {@code s} (dot matches newline) flags.
 *
 * <p>Regexes always get MULTILINE, so {@code ^} and {@code $} anchor lines of output, which is
 * what people mean when they search a log.
 */
final class Literals {
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?%?");

  private final String text;
  private int pos;

  Literals(String text, int start) {
    this.text = text;
    this.pos = start;
  }

  /** Offset just past the value. */
  int end() {
    return pos;
  }

  Value value(String subject, Operator op) throws ConditionSyntaxException {
    int start = pos;
    if (pos == text.length()) {
      throw new ConditionSyntaxException(
          "missing value after '" + op.symbol() + "'", start, "e.g. " + example(subject));
    }
    char c = text.charAt(pos);
    if (c == '"' || c == '\'') {
      Unescaped s = quoted(c);
      // `matches "…"` is a regex written as a string: compile it now so mistakes surface here.
      return op == Operator.MATCHES || op == Operator.NOT_MATCHES
          ? new Value.Regex(compile(s, 0))
          : new Value.Text(s.text());
    }
    if (c == '/') {
      Unescaped body = regexBody();
      return new Value.Regex(compile(body, flags()));
    }
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (NUMBER.matcher(token).matches()) {
      boolean percent = token.endsWith("%");
      String digits = percent ? token.substring(0, token.length() - 1) : token;
      return new Value.Number(Double.parseDouble(digits), percent);
    }
    Value.Size size = Sizes.parse(token);
    if (size != null) {
      return size;
    }
    if (token.matches("\\d+(\\.\\d+)?[a-zA-Z]*[bB]")) {
      throw new ConditionSyntaxException("'" + token + "' is not a size", start,
          "write B, KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (of 1024), e.g. 1KB");
    }
    if (Character.isDigit(c)) {
      try {
        return new Value.Span(Durations.parse(token));
      } catch (Durations.InvalidDuration e) {
        throw new ConditionSyntaxException(e.getMessage(), start, e.hint());
      }
    }
    throw new ConditionSyntaxException(
        "'" + token + "' is not a number, duration, quoted string or /regex/",
        start,
        "quote text: \"" + token + "\"");
  }

  private Unescaped quoted(char quote) throws ConditionSyntaxException {
    int open = pos++;
    Unescaped out = new Unescaped(open);
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == quote) {
        pos++;
        return out;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        char next = text.charAt(pos + 1);
        switch (next) {
          case 'n' -> out.add('\n', pos);
          case 't' -> out.add('\t', pos);
          case '\\', '"', '\'' -> out.add(next, pos);
          default -> {
            // Unknown escapes stay as written, so "\d+" means what a regex author expects.
            out.add('\\', pos);
            out.add(next, pos + 1);
          }
        }
        pos += 2;
        continue;
      }
      out.add(c, pos++);
    }
    throw new ConditionSyntaxException("unterminated string", open, "close it with " + quote);
  }

  private Unescaped regexBody() throws ConditionSyntaxException {
    int open = pos++;
    Unescaped out = new Unescaped(open);
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '/') {
        pos++;
        return out;
      }
      if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
        out.add('/', pos);
        pos += 2;
        continue;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        out.add(c, pos);
        out.add(text.charAt(pos + 1), pos + 1);
        pos += 2;
        continue;
      }
      out.add(c, pos++);
    }
    throw new ConditionSyntaxException("unterminated /regex/", open, "end it with /");
  }

  private int flags() throws ConditionSyntaxException {
    int flags = 0;
    while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
      char f = text.charAt(pos);
      switch (f) {
        case 'i' -> flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        case 's' -> flags |= Pattern.DOTALL;
        default -> throw new ConditionSyntaxException(
            "unknown regex flag '" + f + "'", pos, "flags are i (ignore case) and s (dot all)");
      }
      pos++;
    }
    return flags;
  }

  private static Pattern compile(Unescaped source, int flags) throws ConditionSyntaxException {
    try {
      return Pattern.compile(source.text(), flags | Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw new ConditionSyntaxException(
          "bad regex: " + e.getDescription(), source.offsetOf(e.getIndex()), null);
    }
  }

  private static String example(String subject) {
    if (Subjects.isText(subject)) {
      return subject + " contains \"ready\"";
    }
    if (subject.equals(dev.preflight.model.Condition.DURATION)) {
      return "duration < 2s";
    }
    return subject + (subject.equals("exit_code") ? " == 0" : " > 80");
  }

  /** Unescaped text that remembers where each of its characters came from in the condition. */
  private static final class Unescaped {
    private final StringBuilder sb = new StringBuilder();
    private int[] offsets = new int[16];
    private final int fallback;

    Unescaped(int open) {
      this.fallback = open + 1;
    }

    void add(char c, int sourceOffset) {
      if (sb.length() == offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[sb.length()] = sourceOffset;
      sb.append(c);
    }

    String text() {
      return sb.toString();
    }

    int offsetOf(int index) {
      if (sb.length() == 0) {
        return fallback;
      }
      return offsets[Math.max(0, Math.min(index, sb.length() - 1))];
    }
  }
}
