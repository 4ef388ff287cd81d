package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code go vet}'s findings, which it writes to stderr in both its formats (the default is
 * {@code from: output}): text ({@code shop/shop.go:18:9: fmt.Sprintf format %s has arg n of
 * wrong type int} under a {@code # package} line) and {@code -json} (per package, {@code
 * {"pkg": {"analyzer": [{"posn", "message"}]}}}, between {@code # package} lines).
 *
 * <p>Analyzer findings are {@code warnings}; a package vet could not type-check ({@code vet:
 * broken.go:3:27: cannot use …}) is an {@code error}; {@code issues} is both. A clean run prints
 * nothing in text and {@code {}} per package in JSON.
 *
 * <p>Implied exit codes: 0, 1 and 2. {@code go vet -json} exits 0 with findings; Go 1.19's
 * text mode exits 2 with findings (later Go exits 1), and 2 for a package that does not
 * type-check, which is counted as an error.
 */
final class GoVetParser implements Parser {
  private static final Pattern FINDING =
      Pattern.compile("^(vet: )?\\S+\\.go:\\d+(?::\\d+)?: ", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^# \\S+", Pattern.MULTILINE);

  @Override
  public String name() {
    return "go-vet";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "errors", "warnings");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1, 2);
  }

  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "go vet results", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Tally tally = Tally.zeros("issues", "errors", "warnings");
    boolean json = false;
    for (JsonDocument packages : JsonDocument.parseEach(text)) {
      if (!packages.isObject()) {
        continue;
      }
      json = true;
      for (String pkg : packages.fieldNames()) {
        JsonDocument analyzers = packages.get(pkg);
        for (String analyzer : analyzers.fieldNames()) {
          JsonDocument found = analyzers.get(analyzer);
          if (found.isArray()) {
            tally.add("warnings", found.size()).add("issues", found.size());
          } else if (!found.isMissing()) { // {"error": …}: the analyzer could not run
            tally.add("errors", 1).add("issues", 1);
          }
        }
      }
    }
    boolean listed = false;
    Matcher finding = FINDING.matcher(text);
    while (finding.find()) {
      listed = true;
      tally.add(finding.group(1) == null ? "warnings" : "errors", 1).add("issues", 1);
    }
    boolean ran = json || listed || text.isBlank() || PACKAGE.matcher(text).find();
    return ran ? Optional.of(tally) : Optional.empty();
  }
}
