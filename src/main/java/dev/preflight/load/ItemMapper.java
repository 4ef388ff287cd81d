package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.model.ParseSpec;
import dev.preflight.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps one item (SPEC §3) onto the model, applying its scope's defaults. */
final class ItemMapper {
  static final List<String> KEYS = List.of("id", "title", "description", "run", "args", "manual",
      "workdir", "env", "timeout", "severity", "tags", "needs", "retries", "retry_delay",
      "exclusive", "skip", "expect", "parse", "valid_for", "signers", "signoffs_required",
      "release_bound", "notify", "service", "http", "tls", "tcp", "postgres", "redis",
      "environment", "file", "disk");
  static final List<String> KINDS = List.of("run", "args", "manual", "notify");
  /** How long a probe may take when its item sets no timeout (SPEC §3a). */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
  /** Keys that mean nothing for a notify item: the target has its own timeout and retries. */
  private static final Map<String, String> NOT_FOR_NOTIFY = Map.of(
      "timeout", "set the notification's timeout in its target, e.g. webhook: {timeout: 5s}",
      "retries", "a notification is retried twice by itself",
      "retry_delay", "a notification is retried twice by itself",
      "parse", "a notification has no output to parse",
      "expect", "it passes when the target accepts the message");
  static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("name", "title"), Map.entry("command", "run"), Map.entry("cmd", "run"),
      Map.entry("script", "run"), Map.entry("argv", "args"),
      Map.entry("depends_on", "needs"), Map.entry("requires", "needs"),
      Map.entry("after", "needs"), Map.entry("cwd", "workdir"),
      Map.entry("working_directory", "workdir"), Map.entry("timeout_seconds", "timeout"),
      Map.entry("expected", "expect"), Map.entry("assert", "expect"),
      Map.entry("parser", "parse"), Map.entry("retry", "retries"),
      Map.entry("instructions", "manual"),
      Map.entry("tag", "tags"), Map.entry("need", "needs"), Map.entry("skipped", "skip"),
      Map.entry("approvers", "signers"), Map.entry("signoffs", "signoffs_required"),
      Map.entry("approvals", "signoffs_required"), Map.entry("expires", "valid_for"));
  static final Map<String, String> NOT_YET = Map.of(
      "shell", "shell is set once for all items, under defaults:");

  private final Context cx;
  private final Ids ids;

  ItemMapper(Context cx, Ids ids) {
    this.cx = cx;
    this.ids = ids;
  }

  /** The item, or null when it has no usable id (its other problems are still reported). */
  Draft map(Node.MapNode node, String path, Scope scope) {
    Fields f = cx.fields(node, path);
    f.allowOnly(KEYS, SYNONYMS, NOT_YET);
    String id = f.required("id", "add id: a-short-slug");
    boolean idOk = id != null && ids.valid(id, f.node("id"), f.path("id"));
    if (idOk) {
      ids.declare(new Ids.Declared(id, false, f.node("id").mark(), scope.sections(), List.of()),
          f.path("id"));
    }
    String title = f.required("title", "add title: what this item checks");
    Check check = new SignoffRules(cx).apply(f, new Kinds(cx).check(f, scope.shell()));
    Path workdir = workdir(f, cx, scope.workdir());
    Map<String, String> env = new LinkedHashMap<>(scope.env());
    env.putAll(new EnvMapper(cx).env(f, "env"));
    Duration timeout = f.positiveDuration("timeout");
    String severity = f.choice("severity", List.of("blocker", "warning"));
    Set<String> tags = new LinkedHashSet<>(scope.tags());
    tags.addAll(Tags.of(f, cx));
    Integer retries = f.integer("retries", 0, 100);
    Duration retryDelay = f.duration("retry_delay");
    Boolean exclusive = f.bool("exclusive");
    String skip = skip(f);
    ParseSpec parse = f.has("parse") ? new ParseMapper(cx).map(f.node("parse"), f.path("parse"))
        : null;
    List<Condition> expect = new ExpectMapper(cx).map(f, f.has("parse"), check,
        parse == null ? null : new ParserVocabulary(parse));
    if (check instanceof Check.Manual && parse != null) {
      cx.report(f.node("parse"), f.path("parse"), "parse: does not apply to a manual item", null);
    }
    if ((check instanceof Check.Probe || check instanceof Check.Service) && parse != null) {
      cx.report(f.node("parse"), f.path("parse"), "parse: does not apply to a " + check.kind(),
          check instanceof Check.Probe ? "a probe yields its own metrics" : null);
    }
    if (f.map().entry("notify") != null) {
      NOT_FOR_NOTIFY.forEach((key, hint) -> {
        if (f.has(key)) {
          cx.report(f.node(key), f.path(key), key + ": does not apply to a notify item", hint);
        }
      });
    }
    List<Ref> needs = new ArrayList<>(scope.needs());
    needs.addAll(Needs.refs(f, cx));
    if (!idOk || title == null || check == null) {
      return null;
    }
    Severity level =
        severity == null ? scope.severity() : Severity.valueOf(severity.toUpperCase(Locale.ROOT));
    Duration fallback = check instanceof Check.Probe ? PROBE_TIMEOUT : scope.timeout();
    Item item = new Item(id, title, f.text("description"), scope.sections(), check, workdir, env,
        timeout == null ? fallback : timeout, level, tags, List.of(), skip, parse, expect,
        retries == null ? 0 : retries, retryDelay == null ? Duration.ZERO : retryDelay,
        Boolean.TRUE.equals(exclusive));
    return new Draft(item, needs, node.mark(), path);
  }

  /** Relative workdirs resolve against the checklist file's directory, whoever declares them. */
  static Path workdir(Fields f, Context cx, Path fallback) {
    String text = f.text("workdir");
    if (text == null) {
      return fallback;
    }
    try {
      return cx.baseDir().resolve(text).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      cx.report(f.node("workdir"), f.path("workdir"), "not a valid path: " + e.getReason(), null);
      return fallback;
    }
  }

  private String skip(Fields f) {
    Node n = f.node("skip");
    if (n instanceof Node.Scalar s && s.type() == Node.Scalar.Type.BOOLEAN) {
      return Boolean.TRUE.equals(f.bool("skip")) ? "skipped in the checklist" : null;
    }
    String reason = f.text("skip");
    if (reason != null && reason.isBlank()) {
      cx.report(n, f.path("skip"), "skip reason is empty", "write skip: true or give a reason");
      return null;
    }
    return reason;
  }
}
