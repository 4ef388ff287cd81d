package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * JUnit XML as Surefire, pytest {@code --junitxml}, mypy {@code --junit-xml} and most CI tools
 * write it: a {@code <testsuite>} root or a {@code <testsuites>} root around them. Several
 * sources (a glob of report files) are summed.
 *
 * <p>Declared totals are trusted, from the outermost element that has them (they are what the
 * tool reports, e.g. pytest's teardown errors, and they already include nested suites, so
 * nothing is counted twice). Where a count is not declared, it is summed from nested suites
 * and the element's own {@code <testcase>}s (a suite may hold both). mypy spells
 * {@code skipped} as {@code skips}. {@code passed} = tests − failures − errors − skipped;
 * {@code failed} is {@code failures} under the name the other test runners use, and
 * {@code test_seconds} the suites' own time (the item's wall time is {@code duration}).
 */
final class JunitParser implements Parser {
  private static final List<String> METRICS =
      List.of("tests", "failures", "errors", "skipped", "test_seconds");
  /** The element under {@code <testcase>} that marks each outcome. */
  private static final Map<String, String> OUTCOME =
      Map.of("failures", "failure", "errors", "error", "skipped", "skipped");

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("tests", "failures", "failed", "errors", "skipped", "passed", "test_seconds");
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    Tally tally = Tally.sum(sources, "JUnit XML testsuite", JunitParser::read);
    double passed =
        tally.get("tests") - tally.get("failures") - tally.get("errors") - tally.get("skipped");
    return Tally.zeros("tests", "failures", "failed", "errors", "skipped", "passed", "test_seconds")
        .addAll(tally)
        .put("failed", tally.get("failures"))
        .put("passed", Math.max(0, passed))
        .toMap();
  }

  private static Optional<Tally> read(String text, Source source) throws ParseException {
    Optional<Element> root = XmlDocument.root(text, source);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    String tag = root.get().getTagName();
    if (!tag.equals("testsuites") && !tag.equals("testsuite")) {
      return Optional.empty();
    }
    Tally tally = new Tally();
    for (String metric : METRICS) {
      tally.put(metric, total(root.get(), metric, source));
    }
    return Optional.of(tally);
  }

  /**
   * The element's own figure when it declares one (declared totals include nested suites, so
   * nothing below is counted again), else the sum over its nested suites and its own test cases.
   */
  private static double total(Element node, String metric, Source source) throws ParseException {
    Optional<Double> declared = XmlDocument.number(node, attribute(node, metric), source);
    if (declared.isPresent()) {
      return declared.get();
    }
    double sum = 0;
    for (Element suite : XmlDocument.children(node, "testsuite")) {
      sum += total(suite, metric, source);
    }
    for (Element testcase : XmlDocument.children(node, "testcase")) {
      sum += switch (metric) {
        case "tests" -> 1;
        case "test_seconds" -> XmlDocument.number(testcase, "time", source).orElse(0.0);
        default -> XmlDocument.children(testcase, OUTCOME.get(metric)).isEmpty() ? 0 : 1;
      };
    }
    return sum;
  }

  private static String attribute(Element node, String metric) {
    return switch (metric) {
      case "test_seconds" -> "time";
      case "skipped" -> node.hasAttribute("skipped") ? "skipped" : "skips";
      default -> metric;
    };
  }
}
