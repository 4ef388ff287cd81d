package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * SpotBugs' findings by priority, from its XML report ({@code spotbugsXml.xml}: one
 * {@code <BugInstance priority="1|2|3">} per bug) or from the Maven plugin's
 * {@code spotbugs:check} console ({@code [ERROR] High: … NP_ALWAYS_NULL}, after {@code
 * BugInstance size is 6}). Priority 1 is {@code high}, 2 {@code medium}, 3 {@code low}; a report
 * holds only what its {@code threshold} let through (the default leaves out low).
 *
 * <p>Implied exit codes: 0, and 1 ({@code spotbugs:check} failing on bugs).
 */
final class SpotbugsParser implements Parser {
  private static final Pattern SIZE = Pattern.compile("BugInstance size is (\\d+)");
  private static final Pattern BUG =
      Pattern.compile("^\\[\\w+\\] (High|Medium|Low): ", Pattern.MULTILINE);

  @Override
  public String name() {
    return "spotbugs";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "high", "medium", "low");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "SpotBugs results", SpotbugsParser::read).toMap();
  }

  private static Optional<Tally> read(String text, Source source) throws ParseException {
    Tally tally = Tally.zeros("issues", "high", "medium", "low");
    if (text.stripLeading().startsWith("<")) {
      Optional<Element> root = XmlDocument.root(text, source);
      if (root.isEmpty() || !root.get().getTagName().equals("BugCollection")) {
        return Optional.empty();
      }
      for (Element bug : XmlDocument.children(root.get(), "BugInstance")) {
        count(tally, switch (bug.getAttribute("priority")) {
          case "1" -> "high";
          case "2" -> "medium";
          default -> "low";
        });
      }
      return Optional.of(tally);
    }
    if (!SIZE.matcher(text).find()) {
      return Optional.empty();
    }
    Matcher bug = BUG.matcher(text);
    while (bug.find()) {
      count(tally, bug.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.of(tally);
  }

  private static void count(Tally tally, String priority) {
    tally.add("issues", 1).add(priority, 1);
  }
}
