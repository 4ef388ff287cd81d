package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cargo clippy}'s findings (rustc's own warnings and errors included): the human format
 * on stderr (a {@code warning: …} or {@code error[E0308]: …} line followed by its
 * {@code --> src/lib.rs:3:18} location), {@code --message-format=short}
 * ({@code src/lib.rs:3:18: warning: …}) and {@code --message-format=json} on stdout (one
 * {@code compiler-message} per finding). The default is {@code from: output}.
 *
 * <p>cargo's own lines are not findings although they look like them: {@code warning: `lints`
 * (lib) generated 3 warnings}, {@code error: could not compile `lints` … due to 1 previous
 * error}. Counting every line that starts with {@code warning:} would count the summary as a
 * fourth warning. A clean run prints only {@code Checking}/{@code Finished} lines (zero
 * findings); output with neither findings nor those lines is an error.
 *
 * <p>Implied exit codes: 0, and 101 (a denied lint or a compile error, both counted in
 * {@code errors}).
 */
final class ClippyParser implements Parser {
  /** A diagnostic headline followed by its location arrow: rustc's human format. */
  private static final Pattern HUMAN = Pattern.compile(
      "^(warning|error)(?:\\[[^\\]]+\\])?: .*\\n\\s*--> ", Pattern.MULTILINE);
  private static final Pattern SHORT = Pattern.compile(
      "^\\S.*?:\\d+:\\d+: (warning|error)(?:\\[[^\\]]+\\])?: ", Pattern.MULTILINE);
  private static final Pattern DONE = Pattern.compile(
      "^\\s*(?:Finished|Checking) |^error: could not compile ", Pattern.MULTILINE);
  private static final Pattern RUSTC_SUMMARY = Pattern.compile(
      "^(?:aborting due to|\\d+ warnings? emitted)");

  @Override
  public String name() {
    return "clippy";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "errors", "warnings");
  }

  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 101);
  }

  @Override
  public DefaultSources defaultSources() {
    return DefaultSources.OUTPUT;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    return Tally.sum(sources, "clippy results", (text, source) -> read(text)).toMap();
  }

  private static Optional<Tally> read(String text) {
    Tally tally = Tally.zeros("issues", "errors", "warnings");
    boolean json = false;
    for (JsonDocument message : JsonDocument.parseEach(text)) {
      if (message.get("reason").isMissing()) {
        continue;
      }
      json = true;
      if (message.get("reason").asText().equals("compiler-message")) {
        JsonDocument m = message.get("message");
        if (!RUSTC_SUMMARY.matcher(m.get("message").asText()).find()) {
          count(tally, m.get("level").asText());
        }
      }
    }
    boolean listed = false;
    for (Pattern format : List.of(HUMAN, SHORT)) {
      Matcher m = format.matcher(text);
      while (m.find()) {
        listed = true;
        count(tally, m.group(1));
      }
    }
    return json || listed || DONE.matcher(text).find() ? Optional.of(tally) : Optional.empty();
  }

  private static void count(Tally tally, String level) {
    switch (level) {
      case "error" -> tally.add("errors", 1).add("issues", 1);
      case "warning" -> tally.add("warnings", 1).add("issues", 1);
      default -> { } // notes and help belong to a finding
    }
  }
}
