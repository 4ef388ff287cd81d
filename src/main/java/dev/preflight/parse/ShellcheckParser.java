package dev.preflight.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * shellcheck's findings by level, from {@code -f json} (an array), {@code -f json1}
 * ({@code {"comments": […]}}), {@code -f tty} (the default: {@code SC2086 (info): …} markers)
 * or {@code -f gcc} ({@code file:line:col: warning: … [SC2034]}).
 *
 * <p>gcc prints both {@code info} and {@code style} as {@code note}, so from gcc output only
 * {@code error}, {@code warning} and {@code issues} are known; {@code info} and {@code style}
 * are absent rather than guessed. shellcheck prints nothing for a clean script in tty and gcc
 * formats, so empty output is zero findings.
 */
final class ShellcheckParser implements Parser {
  private static final List<String> LEVELS = List.of("error", "warning", "info", "style");
  private static final Pattern TTY = Pattern.compile("\\bSC\\d+ \\((error|warning|info|style)\\):");
  private static final Pattern GCC =
      Pattern.compile("^.+?:\\d+:\\d+: (error|warning|note): .*\\[SC\\d+\\]\\s*$", Pattern.MULTILINE);

  @Override
  public String name() {
    return "shellcheck";
  }

  @Override
  public Set<String> metricNames(Map<String, String> options) {
    return Set.of("error", "warning", "info", "style", "issues");
  }

  /** 1: it found something; 2 and above: it could not run (usage, crash). */
  @Override
  public Set<Integer> ranExitCodes() {
    return Set.of(0, 1);
  }

  @Override
  public Map<String, Double> parse(List<Source> sources, Map<String, String> options)
      throws ParseException {
    Tally tally = Tally.sum(sources, "shellcheck findings", (text, source) -> read(text));
    return tally.toMap();
  }

  private static Optional<Tally> read(String text) {
    Optional<JsonDocument> json = JsonDocument.parse(text);
    if (json.isPresent()) {
      JsonDocument comments = json.get().isArray() ? json.get() : json.get().get("comments");
      if (comments.isArray()) {
        Tally tally = byLevel();
        comments.elements().forEach(c -> count(tally, c.get("level").asText()));
        return Optional.of(tally);
      }
    }
    if (text.isBlank()) {
      return Optional.of(byLevel());
    }
    Tally tally = byLevel();
    Matcher tty = TTY.matcher(text);
    boolean any = false;
    while (tty.find()) {
      any = true;
      count(tally, tty.group(1));
    }
    if (any) {
      return Optional.of(tally);
    }
    Matcher gcc = GCC.matcher(text);
    Tally gccTally = Tally.zeros("error", "warning", "issues");
    while (gcc.find()) {
      any = true;
      String level = gcc.group(1);
      if (!level.equals("note")) {
        gccTally.add(level, 1);
      }
      gccTally.add("issues", 1);
    }
    return any ? Optional.of(gccTally) : Optional.empty();
  }

  private static Tally byLevel() {
    return Tally.zeros("error", "warning", "info", "style", "issues");
  }

  private static void count(Tally tally, String level) {
    String l = level.toLowerCase(Locale.ROOT);
    if (LEVELS.contains(l)) {
      tally.add(l, 1);
    }
    tally.add("issues", 1);
  }
}
