package dev.preflight.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * pylint's messages and score. Text formats ({@code text}, {@code colorized},
 * {@code parseable}): one line per message and {@code Your code has been rated at 8.80/10}
 * (score absent with {@code --score=n}). {@code --output-format=json}: an array of messages, no
 * score. {@code json2} (pylint 3): {@code messages} and {@code statistics.score}.
 *
 * <p>Empty output (a clean run with {@code --score=n}) is 0 issues; output with text but neither
 * a message nor a score is not recognised. Several sources are summed; the score is the last
 * one printed.
 */
final class PylintParser implements Parser {
  private static final int FATAL = 1;
  private static final int USAGE = 32;
  private static final Set<Integer> RAN =
      IntStream.range(0, 64).filter(code -> (code & (FATAL | USAGE)) == 0).boxed()
          .collect(Collectors.toUnmodifiableSet());
  /** {@code path:line:col: C0114: …} (text) or {@code path:line: [C0114(symbol), obj] …}. */
  private static final Pattern MESSAGE =
      Pattern.compile("^.+?:\\d+:(?:\\d+: [A-Z]\\d{4}: | \\[[A-Z]\\d{4})", Pattern.MULTILINE);
  private static final Pattern SCORE =
      Pattern.compile("Your code has been rated at (-?\\d+(?:\\.\\d+)?)/10");

  @Override
  public String name() {
    return "pylint";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("issues", "score");
  }

  /**
   * pylint's exit code is a bit mask of what it printed: 1 fatal, 2 error, 4 warning, 8
   * refactor, 16 convention, 32 usage error. It ran to the end when neither 1 nor 32 is set.
   */
  @Override
  public Set<Integer> ranExitCodes() {
    return RAN;
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    Tally tally = Tally.sum(sources, "pylint messages or score", (text, source) -> read(text));
    Tally out = new Tally().put("issues", tally.get("issues"));
    for (Source source : sources) { // scores do not add up: the last one printed stands
      read(ToolText.plain(source.text()))
          .filter(found -> found.has("score"))
          .ifPresent(found -> out.put("score", found.get("score")));
    }
    return out.toMap();
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent() && json.get().isArray()) {
      return Optional.of(new Tally().put("issues", json.get().size()));
    }
    if (json.isPresent() && json.get().get("messages").isArray()) {
      Tally tally = new Tally().put("issues", json.get().get("messages").size());
      JsonDocument score = json.get().at("/statistics/score");
      return Optional.of(score.isNumber() ? tally.put("score", score.asDouble()) : tally);
    }
    long messages = MESSAGE.matcher(text).results().count();
    Matcher score = ToolText.lastMatch(SCORE, text);
    if (messages == 0 && score == null && !text.isBlank()) {
      return Optional.empty();
    }
    Tally tally = new Tally().put("issues", messages);
    return Optional.of(score == null ? tally : tally.put("score", Double.parseDouble(score.group(1))));
  }
}
