package dev.preflight.load;

import dev.preflight.model.Check;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code service:} (SPEC §3a): {@code run:} or {@code args:}, {@code ready:} (one of
 * {@code http: URL}, {@code tcp: HOST:PORT}, {@code log: TEXT}) and {@code ready_timeout:}
 * (default 30s). Without {@code ready:} the service counts as ready once started.
 */
final class ServiceMapper {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  static final List<String> KEYS = List.of("run", "args", "ready", "ready_timeout");
  static final List<String> READY = List.of("http", "tcp", "log");

  private final Context cx;

  ServiceMapper(Context cx) {
    this.cx = cx;
  }

  Check map(Fields item, Check.Shell shell) {
    Node node = item.node("service");
    String path = item.path("service");
    if (!(node instanceof Node.MapNode map)) {
      Node at = node == null ? item.map().entry("service").value() : node;
      cx.report(at, path, "service: needs settings, got " + at.describe(),
          "e.g. service: {run: \"python3 -m app --port 8765\", ready: {tcp: \"127.0.0.1:8765\"}}");
      return null;
    }
    Fields f = cx.fields(map, path);
    f.allowOnly(KEYS, Map.of("command", "run", "cmd", "run", "readiness", "ready",
        "wait_for", "ready", "timeout", "ready_timeout", "start_timeout", "ready_timeout"),
        Map.of());
    Check command = command(f, shell);
    Check.Ready ready = ready(f);
    Duration timeout = f.positiveDuration("ready_timeout");
    if (command == null || ready == null) {
      return null;
    }
    return new Check.Service(command, ready, timeout == null ? READY_TIMEOUT : timeout);
  }

  private Check command(Fields f, Check.Shell shell) {
    if (f.has("run") && f.has("args")) {
      cx.report(f.node("args"), f.path("args"), "service has both run: and args:",
          "keep one of them");
      return null;
    }
    if (f.has("args")) {
      return new Kinds(cx).argv(f);
    }
    String run = f.required("run", "write the command that starts it, e.g. run: redis-server");
    return run == null ? null : new Check.Script(run, shell);
  }

  private Check.Ready ready(Fields f) {
    if (!f.has("ready")) {
      return Check.Ready.NONE;
    }
    Node.MapNode map = f.mapAt("ready");
    if (map == null) {
      return null;
    }
    Fields r = cx.fields(map, f.path("ready"));
    r.allowOnly(READY, Map.of("url", "http", "port", "tcp", "line", "log", "output", "log"),
        Map.of());
    List<String> given = READY.stream().filter(r::has).toList();
    if (given.size() != 1) {
      cx.report(map, f.path("ready"), given.isEmpty() ? "ready: names no check"
          : "ready: has " + String.join(" and ", given) + "; give one",
          "one of ready: {http: URL}, {tcp: HOST:PORT} or {log: TEXT}");
      return null;
    }
    String how = given.get(0);
    String target = r.text(how);
    if (target == null || target.isBlank()) {
      cx.report(r.node(how), r.path(how), how + " is empty", null);
      return null;
    }
    if (how.equals("tcp") && !target.matches(".+:\\d{1,5}")) {
      cx.report(r.node(how), r.path(how), "'" + target + "' is not HOST:PORT",
          "e.g. tcp: \"127.0.0.1:8765\"");
      return null;
    }
    if (how.equals("http") && !target.matches("https?://.+")) {
      cx.report(r.node(how), r.path(how), "'" + target + "' is not an http:// or https:// URL",
          "e.g. http: \"http://127.0.0.1:8765/health\"");
      return null;
    }
    return new Check.Ready(how, target);
  }
}
