package dev.preflight.notify;

import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a notification says, before any platform's format: either a run's outcome (verdict,
 * counts, the items that did not pass) or a {@code notify} item's own text. Every string in it
 * has been through the secret mask, so no format can leak what the run masked.
 *
 * @param headline the verdict's sentence ({@code FAILED — 1 blocking item failed}) or the
 *     notify item's title
 * @param verdict {@code pass fail pending interrupted}, or null for a notify item's message
 * @param text a notify item's message, or null
 * @param counts items per status, every status present; empty for a notify item's message
 * @param problems the items that did not pass, in checklist order
 * @param commit null outside a git repository
 * @param link null, or where the whole report can be read
 * @param run the run, for the formats that send the whole report; null for a notify item
 */
public record Message(
    String checklist,
    String headline,
    String verdict,
    String text,
    Map<Status, Integer> counts,
    List<Problem> problems,
    String commit,
    String branch,
    String link,
    RunResult run) {

  /** Most items listed in one message; chat messages stay readable, the rest is counted. */
  public static final int MAX_PROBLEMS = 20;

  public Message {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    problems = List.copyOf(problems);
  }

  /**
   * One item that did not pass.
   *
   * @param reason the first reason, or empty
   * @param tail the last lines of its output (stderr when it said anything), or empty
   */
  public record Problem(String id, String title, String status, String reason, String tail) {}

  /** A run's outcome, every string masked by {@code mask}. */
  public static Message of(RunResult run, String link, UnaryOperator<String> mask) {
    List<Problem> problems = new ArrayList<>();
    for (ItemResult r : run.items()) {
      if (r.status().blocksGate()) {
        problems.add(new Problem(r.item().id(), mask.apply(r.item().title()),
            r.status().label() + (r.blocksGate() ? "" : " (warning)"),
            mask.apply(r.reasons().isEmpty() ? "" : r.reasons().get(0)), mask.apply(tail(r))));
      }
    }
    RunEnvironment env = run.environment();
    return new Message(mask.apply(run.checklist().name()), mask.apply(run.verdict().summary()),
        run.verdict().word(), null, run.counts(), problems, env.gitCommit(), env.gitBranch(),
        link, run);
  }

  /** A {@code notify} item's own message. */
  public static Message announcement(String checklist, String title, String text,
      RunEnvironment env, String link, UnaryOperator<String> mask) {
    return new Message(mask.apply(checklist), mask.apply(title), null, mask.apply(text),
        Map.of(), List.of(), env.gitCommit(), env.gitBranch(), link, null);
  }

  /** A mark that reads at a glance in a chat list: the verdict's, or 📣 for a message. */
  public String mark() {
    if (verdict == null) {
      return "📣";
    }
    return switch (verdict) {
      case "pass" -> "✅";
      case "pending" -> "⏳";
      case "interrupted" -> "🛑";
      default -> "❌";
    };
  }

  /** The mark of an item's status word, as the markdown report shows it. */
  public static String mark(String status) {
    if (status.endsWith("(warning)")) {
      return "⚠️";
    }
    return switch (status) {
      case "fail" -> "❌";
      case "error" -> "💥";
      case "blocked" -> "⛔";
      case "pending" -> "⏳";
      default -> "•";
    };
  }

  /** One line for a list: {@code ❌ Title — fail: reason}. */
  public static String problemLine(Problem p) {
    return mark(p.status()) + " " + p.title() + " — " + p.status()
        + (p.reason().isEmpty() ? "" : ": " + p.reason());
  }

  /** The commit as people quote it: 12 characters, or null. */
  public String shortCommit() {
    return commit == null ? null : commit.substring(0, Math.min(12, commit.length()));
  }

  /** The problems a message lists, and how many more there are. */
  public List<Problem> listed() {
    return problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()));
  }

  public int unlisted() {
    return Math.max(0, problems.size() - MAX_PROBLEMS);
  }

  /** "12 pass · 1 fail · 5 pending": the statuses that occurred, in the reports' order. */
  public String countsLine() {
    List<String> parts = new ArrayList<>();
    for (Status s : List.of(Status.PASS, Status.FAIL, Status.ERROR, Status.BLOCKED,
        Status.PENDING, Status.SKIPPED, Status.WAIVED)) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        parts.add(n + " " + s.label());
      }
    }
    return String.join(" · ", parts);
  }

  /** The last three lines of stderr when it said anything, else of stdout. */
  private static String tail(ItemResult r) {
    List<String> lines = r.stderr().lastLines(3);
    if (lines.isEmpty()) {
      lines = r.stdout().lastLines(3);
    }
    return String.join("\n", lines);
  }
}
