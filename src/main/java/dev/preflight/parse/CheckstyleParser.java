package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Checkstyle's findings from its XML report ({@code <checkstyle><file><error severity=…>}, e.g.
 * the Maven plugin's {@code target/checkstyle-result.xml}), or from the Maven plugin's console
 * ({@code checkstyle:check}: {@code There are 27 errors reported by Checkstyle 9.3 …}, one
 * {@code [ERROR] src/…/Calc.java:[4,25] (whitespace) …} line per violation, or {@code You have 0
 * Checkstyle violations.}).
 *
 * <p>The console counts only violations at the plugin's {@code violationSeverity} (error by
 * default): with {@code google_checks.xml}, whose findings are all warnings, it says "0
 * violations" while the XML holds every warning. So from the console only {@code errors} is
 * known, and {@code warnings} and {@code issues} are absent; read the XML report for them.
 * {@code issues} counts every severity (info included).
 *
 * <p>Implied exit codes: 0, and 1 ({@code checkstyle:check} failing on violations).
 */
final class CheckstyleParser implements Parser {
  private static final Pattern REPORTED = Pattern.compile(
      "There (?:are|is) (\\d+) errors? reported by Checkstyle");
  private static final Pattern VIOLATION = Pattern.compile(
      "^\\[ERROR\\] \\S.*:\\[\\d+(?:,\\d+)?\\] \\(", Pattern.MULTILINE);
  /** As a log line: the build failure repeats it at the end ("Failed to execute goal … You have"). */
  private static final Pattern YOU_HAVE = Pattern.compile(
      "^\\[\\w+\\] You have (\\d+) Checkstyle violations?", Pattern.MULTILINE);
  private static final Pattern EXECUTION = Pattern.compile(
      "^\\[INFO\\] --- (?:maven-)?checkstyle(?:-plugin)?:", Pattern.MULTILINE);

  @Override
  public String name() {
    return "checkstyle";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "errors", "warnings");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "Checkstyle results", CheckstyleParser::read).toMap();
  }

  private static Optional<Tally> read(String text, Source source) throws ParseException {
    if (text.stripLeading().startsWith("<")) {
      Optional<Element> root = XmlDocument.root(text, source);
      if (root.isEmpty() || !root.get().getTagName().equals("checkstyle")) {
        return Optional.empty();
      }
      Tally tally = Tally.zeros("issues", "errors", "warnings");
      for (Element file : XmlDocument.children(root.get(), "file")) {
        for (Element error : XmlDocument.children(file, "error")) {
          tally.add("issues", 1);
          switch (error.getAttribute("severity")) {
            case "error" -> tally.add("errors", 1);
            case "warning" -> tally.add("warnings", 1);
            default -> { }
          }
        }
      }
      return Optional.of(tally);
    }
    // one execution per module: each says "There are N errors reported" or "You have N …"
    double errors = 0;
    boolean found = false;
    for (String execution : EXECUTION.split(text)) {
      Matcher reported = REPORTED.matcher(execution);
      Matcher youHave = YOU_HAVE.matcher(execution);
      long listed = VIOLATION.matcher(execution).results().count();
      if (reported.find()) {
        errors += Double.parseDouble(reported.group(1));
      } else if (youHave.find()) {
        errors += Double.parseDouble(youHave.group(1));
      } else if (listed > 0) {
        errors += listed;
      } else {
        continue;
      }
      found = true;
    }
    if (found) {
      return Optional.of(new Tally().put("errors", errors));
    }
    return Optional.empty();
  }
}
