package dev.preflight.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex parser's {@code pattern:} as the user writes it, with named groups that Java's
 * regular expressions do not accept: underscores ({@code (?<p95_ms>…)}) and Python's
 * {@code (?P<name>…)}. One reading for the parser and for {@code validate}, so the loader never
 * rejects what the parser reads.
 */
public final class MetricPattern {
  private static final Pattern GROUP_NAME =
      Pattern.compile("(?<!\\\\)\\(\\?P?<([A-Za-z][A-Za-z0-9_]*)>");

  private MetricPattern() {}

  /** The group names in order of appearance, repeats included; each becomes a metric. */
  public static List<String> names(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher group = GROUP_NAME.matcher(pattern);
    while (group.find()) {
      names.add(group.group(1));
    }
    return names;
  }

  /** The pattern in Java's syntax: the i-th named group is renamed {@link #group(int)}. */
  public static String javaSyntax(String pattern) {
    Matcher group = GROUP_NAME.matcher(pattern);
    StringBuilder java = new StringBuilder();
    for (int i = 0; group.find(); i++) {
      group.appendReplacement(java, "(?<" + group(i) + ">");
    }
    group.appendTail(java);
    return java.toString();
  }

  /** The Java name of the i-th named group. */
  static String group(int i) {
    return "g" + i + "x";
  }
}
