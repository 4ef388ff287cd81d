package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Waiver;
import java.util.List;
import java.util.Map;

/**
 * The {@code json} report, {@code "schema": "preflight.report/v1"} (SPEC §8): a stable
 * contract for CI tooling, so every field is always present (null when unknown) and in a fixed
 * order. Timestamps are UTC ISO-8601 to the second; {@code durationMs} carries the precision.
 * {@code src/main/resources/schema/report-v1.schema.json} describes the shape; change both
 * together, and only by adding fields. Every item carries {@code signoffs} (those that count;
 * empty but for manual items) and {@code waiver} (null unless it was waived).
 */
public final class JsonReport implements ReportFormat {
  public static final String SCHEMA = "preflight.report/v1";

  /** SPEC §8's order of the counts object. */
  private static final List<Status> COUNT_ORDER = List.of(
      Status.PASS, Status.FAIL, Status.ERROR, Status.BLOCKED, Status.SKIPPED, Status.PENDING,
      Status.WAIVED);

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String render(RunResult run) {
    JsonWriter json = new JsonWriter().beginObject();
    RunEnvironment env = run.environment();
    json.name("schema").value(SCHEMA);
    json.name("tool").beginObject()
        .name("name").value(env.toolName())
        .name("version").value(env.toolVersion())
        .endObject();
    json.name("checklist").beginObject()
        .name("name").value(run.checklist().name())
        .name("file").value(run.checklist().file() == null
            ? null : run.checklist().file().toString().replace('\\', '/'))
        .name("fingerprint").value(run.checklist().fingerprint())
        .name("sections");
    sections(run.checklist().sections(), json);
    json.endObject();
    json.name("environment").beginObject()
        .name("gitCommit").value(env.gitCommit())
        .name("gitBranch").value(env.gitBranch())
        .name("os").value(env.os())
        .name("java").value(env.javaVersion())
        .endObject();
    json.name("shard");
    if (run.shard() == null) {
      json.value((String) null);
    } else {
      json.beginObject().name("index").value(run.shard().index())
          .name("count").value(run.shard().count()).endObject();
    }
    json.name("startedAt").value(UtcTime.iso(run.startedAt()));
    json.name("durationMs").value(run.duration().toMillis());
    json.name("verdict").value(run.verdict().word());
    json.name("exitCode").value(run.verdict().exitCode().code());
    json.name("counts").beginObject();
    Map<Status, Integer> counts = run.counts();
    for (Status s : COUNT_ORDER) {
      json.name(s.label()).value(counts.get(s));
    }
    json.endObject();
    json.name("items").beginArray();
    for (ItemResult r : run.items()) {
      item(r, json);
    }
    return json.endArray().endObject().toJson();
  }

  /** The section tree with titles, so a report read back (merge) can show it again. */
  private static void sections(List<Section> sections, JsonWriter json) {
    json.beginArray();
    for (Section s : sections) {
      json.beginObject().name("id").value(s.id()).name("title").value(s.title())
          .name("sections");
      sections(s.sections(), json);
      json.endObject();
    }
    json.endArray();
  }

  private static void item(ItemResult r, JsonWriter json) {
    json.beginObject()
        .name("id").value(r.item().id())
        .name("section").strings(r.item().section())
        .name("title").value(r.item().title())
        .name("kind").value(r.item().kind())
        .name("severity").value(r.item().severity().label())
        .name("status").value(r.status().label())
        .name("startedAt").value(UtcTime.iso(r.startedAt()))
        .name("durationMs").value(r.duration() == null ? null : r.duration().toMillis())
        .name("exitCode").value(r.exitCode())
        .name("attempts").value(r.attempts())
        .name("metrics").beginObject();
    for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
      json.name(m.getKey()).number(m.getValue());
    }
    json.endObject()
        .name("reasons").strings(r.reasons())
        .name("instructions").value(r.item().check() instanceof Check.Manual m
            ? m.instructions() : null)
        .name("expect").strings(r.item().expect().stream().map(Condition::text).toList())
        .name("stdoutTail").value(OutputTail.of(r.stdout()))
        .name("stderrTail").value(OutputTail.of(r.stderr()))
        .name("logFile").value(r.logFile() == null ? null : r.logFile().replace('\\', '/'))
        .name("signoffs").beginArray();
    for (Signoff s : r.signoffs()) {
      json.beginObject()
          .name("by").value(s.by())
          .name("at").value(UtcTime.iso(s.at()))
          .name("note").value(s.note())
          .name("release").value(s.release())
          .name("evidence").value(s.evidence())
          .name("expiresAt").value(UtcTime.iso(s.expiresAt()))
          .endObject();
    }
    json.endArray().name("waiver");
    Waiver w = r.waiver();
    if (w == null) {
      json.value((String) null);
    } else {
      json.beginObject()
          .name("by").value(w.by())
          .name("at").value(UtcTime.iso(w.at()))
          .name("reason").value(w.reason())
          .name("until")
          .value(w.until().length() == 10 ? w.until() : UtcTime.iso(w.expiresAt()))
          .name("expiresAt").value(UtcTime.iso(w.expiresAt()))
          .endObject();
    }
    if (r.notice() != null) {
      json.name("notify").beginObject()
          .name("target").value(r.notice().target())
          .name("message").value(r.notice().message())
          .name("answer").value(r.notice().answer())
          .endObject();
    }
    json.endObject();
  }
}
