package dev.preflight.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.expect.ConditionParser;
import dev.preflight.expect.ConditionSyntaxException;
import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Condition;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Notice;
import dev.preflight.model.Output;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import dev.preflight.model.Shard;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import dev.preflight.model.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code json} report (schema {@code preflight.report/v1}) back into a run, for {@code
 * preflight merge}. Items come back as far as reports show them: id, title, section, kind,
 * severity, manual instructions and conditions, with the sign-offs, waiver and notification
 * each result carried; what they ran is not in the report and is not needed to show or judge
 * the result again.
 */
public final class ReportReader {
  /** A file that is not a report this version can read; the message names the file. */
  public static final class NotAReport extends Exception {
    NotAReport(String message) {
      super(message, null, false, false);
    }
  }

  private ReportReader() {}

  public static RunResult read(Path file, String display) throws NotAReport {
    JsonNode root;
    try {
      if (Files.size(file) > 64L * 1024 * 1024) {
        throw new NotAReport(display + ": too large for a preflight report");
      }
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new NotAReport(display + ": not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new NotAReport(display + ": cannot read: " + e.getMessage());
    }
    if (root == null || !"preflight.report/v1".equals(root.path("schema").asText())) {
      throw new NotAReport(display + ": not a preflight json report (schema preflight.report/v1)");
    }
    try {
      return run(root);
    } catch (RuntimeException | ConditionSyntaxException e) {
      throw new NotAReport(display + ": damaged preflight report: " + e.getMessage());
    }
  }

  private static RunResult run(JsonNode root) throws ConditionSyntaxException {
    JsonNode c = require(root, "checklist");
    if (!c.path("fingerprint").isTextual()) {
      throw new IllegalArgumentException("no checklist fingerprint; it was written by a"
          + " preflight without --shard, rerun it with this version");
    }
    List<ItemResult> results = new ArrayList<>();
    Map<String, List<Item>> bySection = new LinkedHashMap<>();
    for (JsonNode n : require(root, "items")) {
      ItemResult r = result(n);
      results.add(r);
      bySection.computeIfAbsent(String.join("/", r.item().section()), k -> new ArrayList<>())
          .add(r.item());
    }
    List<Section> sections = sections(c.path("sections"), "", bySection);
    String file = c.path("file").isTextual() ? c.path("file").asText() : null;
    Checklist checklist = new Checklist(text(c, "name"), null, file == null ? null : Path.of(file),
        Map.of(), List.of(), sections, List.of(), c.path("fingerprint").asText());
    JsonNode env = root.path("environment");
    RunEnvironment environment = new RunEnvironment(root.path("tool").path("name").asText(null),
        root.path("tool").path("version").asText(null), env.path("gitCommit").asText(null),
        env.path("gitBranch").asText(null), env.path("os").asText(null),
        env.path("java").asText(null));
    JsonNode shard = root.path("shard");
    return new RunResult(checklist, instant(root.path("startedAt")),
        Duration.ofMillis(root.path("durationMs").asLong()), results, verdict(root), environment,
        shard.isObject() ? new Shard(shard.path("index").asInt(), shard.path("count").asInt())
            : null);
  }

  private static List<Section> sections(JsonNode array, String parent,
      Map<String, List<Item>> bySection) {
    List<Section> out = new ArrayList<>();
    for (JsonNode s : array) {
      String id = text(s, "id");
      String path = parent.isEmpty() ? id : parent + "/" + id;
      out.add(new Section(id, text(s, "title"), null, bySection.getOrDefault(path, List.of()),
          sections(s.path("sections"), path, bySection)));
    }
    return out;
  }

  private static ItemResult result(JsonNode n) throws ConditionSyntaxException {
    List<String> section = new ArrayList<>();
    require(n, "section").forEach(s -> section.add(s.asText()));
    String kind = text(n, "kind");
    Check check = kind.equals("manual")
        ? new Check.Manual(n.path("instructions").asText(""))
        : new Check.Recorded(kind);
    List<Condition> expect = new ArrayList<>();
    for (JsonNode e : n.path("expect")) {
      expect.add(ConditionParser.parse(e.asText()));
    }
    Severity severity = Severity.valueOf(text(n, "severity").toUpperCase(Locale.ROOT));
    Item item = new Item(text(n, "id"), text(n, "title"), null, section, check, null, Map.of(),
        Duration.ZERO, severity, java.util.Set.of(), List.of(), null, null, expect, 0,
        Duration.ZERO, false);
    Status status = Status.parse(text(n, "status"));
    if (status == null) {
      throw new IllegalArgumentException("unknown status '" + text(n, "status") + "'");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    n.path("metrics").fields().forEachRemaining(m -> metrics.put(m.getKey(),
        m.getValue().isNumber() ? m.getValue().asDouble() : Double.NaN));
    List<String> reasons = new ArrayList<>();
    n.path("reasons").forEach(r -> reasons.add(r.asText()));
    List<Signoff> signoffs = new ArrayList<>();
    for (JsonNode s : n.path("signoffs")) {
      signoffs.add(new Signoff(text(s, "by"), instant(require(s, "at")), s.path("note")
          .asText(null), s.path("release").asText(null), s.path("evidence").asText(null),
          s.path("expiresAt").isTextual() ? instant(s.path("expiresAt")) : null));
    }
    JsonNode w = n.path("waiver");
    Waiver waiver = w.isObject() ? new Waiver(text(w, "by"), instant(require(w, "at")),
        text(w, "reason"), text(w, "until"), instant(require(w, "expiresAt"))) : null;
    JsonNode notify = n.path("notify");
    Notice notice = notify.isObject() ? new Notice(notify.path("target").asText(null),
        notify.path("message").asText(null), notify.path("answer").asText(null)) : null;
    return new ItemResult(item, status, n.path("startedAt").isTextual()
        ? instant(n.path("startedAt")) : null,
        Duration.ofMillis(n.path("durationMs").asLong(0)),
        n.path("exitCode").isInt() ? n.path("exitCode").asInt() : null,
        n.path("attempts").asInt(0), metrics, reasons, output(n.path("stdoutTail")),
        output(n.path("stderrTail")), n.path("logFile").asText(null), notice, signoffs, waiver);
  }

  private static Verdict verdict(JsonNode root) {
    int code = root.path("exitCode").asInt(-1);
    for (ExitCode e : ExitCode.values()) {
      if (e.code() == code) {
        return new Verdict(text(root, "verdict"), e, text(root, "verdict"));
      }
    }
    throw new IllegalArgumentException("unknown exit code " + code);
  }

  private static Output output(JsonNode tail) {
    String text = tail.asText("");
    return new Output(text, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
  }

  private static Instant instant(JsonNode node) {
    try {
      return Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad time '" + node.asText() + "'");
    }
  }

  private static JsonNode require(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v;
  }

  private static String text(JsonNode node, String key) {
    return require(node, key).asText();
  }
}
