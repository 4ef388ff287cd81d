package dev.preflight.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript's {@code tsc} diagnostics, plain ({@code src/a.ts(1,14): error TS2322: …}, the
 * default on a pipe, which has no summary line) or {@code --pretty} ({@code src/a.ts:1:14 -
 * error TS2322: …} and {@code Found 3 errors in 2 files.}); tsc 5 and tsc 7 print the same.
 * Every {@code error TS} diagnostic is counted, also those without a file (an unknown compiler
 * option, a missing tsconfig.json), so the counts do not depend on the summary line. A clean run
 * prints nothing: empty output is zero errors.
 *
 * <p>{@code files_with_errors} counts distinct files named by the diagnostics.
 *
 * <p>Implied exit codes: 0, 1 and 2. With errors tsc 5 exits 2 under {@code --noEmit} (and 1
 * for a bad option), tsc 7 exits 1, and both exit 2 when they emitted output anyway; every one
 * of these printed its diagnostics.
 */
final class TscParser implements Parser {
  private static final Pattern PLAIN =
      Pattern.compile("^(?:(.+?)\\(\\d+,\\d+\\): )?error TS\\d+:", Pattern.MULTILINE);
  private static final Pattern PRETTY =
      Pattern.compile("^(.+?):\\d+:\\d+ - error TS\\d+:", Pattern.MULTILINE);
  private static final Pattern FOUND = Pattern.compile("\\bFound \\d+ errors?\\b");

  @Override
  public String name() {
    return "tsc";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("errors", "files_with_errors");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1, 2);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "tsc diagnostics", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    double errors = 0;
    Set<String> files = new HashSet<>();
    for (Pattern pattern : List.of(PLAIN, PRETTY)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        errors++;
        if (m.group(1) != null) {
          files.add(m.group(1));
        }
      }
    }
    boolean watchSummary = FOUND.matcher(text).find(); // "Found 0 errors." under --watch
    if (errors == 0 && !text.isBlank() && !watchSummary) {
      return Optional.empty();
    }
    return Optional.of(new Tally().put("errors", errors).put("files_with_errors", files.size()));
  }
}
