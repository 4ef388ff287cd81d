package dev.preflight.expect;

import dev.preflight.model.Condition;
import java.util.Set;

/**
 * Which subjects of an item are text and which are durations, so that a condition is checked
 * against what the item can really answer: a command's {@code stdout}, a probe's {@code body}.
 *
 * @param text subjects that take {@code contains} and {@code matches}
 * @param numericText those of {@code text} that are also numbers (a query's {@code value})
 * @param durations subjects compared against a duration such as {@code 24h}
 */
public record Vocabulary(Set<String> text, Set<String> numericText, Set<String> durations) {
  /** A command's subjects: its streams are text, its wall time a duration. */
  public static final Vocabulary COMMANDS = new Vocabulary(Subjects.TEXT, Set.of(),
      Set.of(Condition.DURATION));

  public Vocabulary {
    text = Set.copyOf(text);
    numericText = Set.copyOf(numericText);
    durations = Set.copyOf(durations);
  }

  /** The text subjects for a hint: {@code stdout, stderr or output}. */
  String describeText() {
    java.util.List<String> names = equals(COMMANDS)
        ? java.util.List.of(Condition.STDOUT, Condition.STDERR, Condition.OUTPUT)
        : new java.util.ArrayList<>(new java.util.TreeSet<>(text));
    if (names.isEmpty()) {
      return "a text subject (this item has none)";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }

  boolean isText(String subject) {
    return text.contains(subject);
  }

  boolean isTextOnly(String subject) {
    return text.contains(subject) && !numericText.contains(subject);
  }

  boolean isDuration(String subject) {
    return durations.contains(subject);
  }
}
