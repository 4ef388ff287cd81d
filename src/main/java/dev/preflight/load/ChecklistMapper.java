package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.Fingerprint;
import dev.preflight.model.Item;
import dev.preflight.model.Notification;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps the top level of a checklist (SPEC §3) and ties sections, items and needs together. */
final class ChecklistMapper {
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  static final List<String> KEYS = List.of("version", "name", "description",
      "defaults", "env", "secrets", "vars", "sections", "notify", "profiles", "env_file",
      "signing");
  static final List<String> DEFAULT_KEYS = List.of("workdir", "timeout", "severity",
      "shell");

  private ChecklistMapper() {}

  /** The checklist, or null when anything was reported. */
  static Checklist map(Node.MapNode root, Path file, Path displayFile, SourceText source,
      Map<String, String> varOverrides, Problems problems) {
    return map(root, file, displayFile, source, varOverrides, null, FreePorts.NONE, problems);
  }

  static Checklist map(Node.MapNode root, Path file, Path displayFile, SourceText source,
      Map<String, String> varOverrides, String profile, FreePorts ports, Problems problems) {
    Path abs = file.toAbsolutePath().normalize();
    Path baseDir = abs.getParent();
    List<String> texts = new java.util.ArrayList<>(List.of(source.text()));
    Context bare =
        new Context(problems, source, new Vars(Map.of()), baseDir, List.of(abs), texts);
    Map<String, String> vars = vars(bare.fields(root, ""), bare);
    Profiles.Profile chosen = Profiles.choose(bare.fields(root, ""), bare, profile);
    vars.putAll(chosen.vars());
    vars.putAll(varOverrides);
    Context cx =
        new Context(problems, source, new Vars(vars, ports), baseDir, List.of(abs), texts);
    Fields f = cx.fields(root, "");
    f.allowOnly(KEYS, Map.of("title", "name", "variables", "vars", "environment", "env",
        "envfile", "env_file", "dotenv", "env_file", "profile", "profiles"),
        Map.of("items", "items belong inside a section", "include",
            "include belongs in a section: the included file's sections are placed there"));
    version(f, cx);
    String name = f.required("name", "add name: what this checklist is for");
    Map<String, String> env = new LinkedHashMap<>(EnvFiles.read(f, cx));
    env.putAll(new EnvMapper(cx).env(f, "env"));
    env.putAll(chosen.env());
    List<String> secrets = new java.util.ArrayList<>(new EnvMapper(cx).secrets(f));
    List<Notification> notifications = new NotifyMapper(cx).notifications(f);
    Scope scope = defaults(f, cx, env);
    Path allowedSigners = SigningMapper.allowedSigners(f, cx);
    Ids ids = new Ids(problems);
    SectionMapper sections = new SectionMapper(cx, ids);
    List<SectionMapper.Shape> shapes = List.of();
    if (!f.has("sections")) {
      problems.add(root.mark(), "", "missing required key 'sections'",
          "add sections: with at least one section of items");
    } else if (f.node("sections") instanceof Node.SeqNode seq && seq.items().isEmpty()) {
      cx.report(seq, "sections", "sections is empty", "add at least one section of items");
    } else {
      shapes = sections.sections(f.node("sections"), "sections", scope);
    }
    sections.includedSecrets().stream().filter(s -> !secrets.contains(s)).forEach(secrets::add);
    Map<String, List<String>> needs = new Needs(ids, problems).resolve(sections.drafts());
    if (!problems.isEmpty()) {
      return null;
    }
    Map<String, Item> finished = new LinkedHashMap<>();
    for (Draft d : sections.drafts()) {
      finished.put(d.item().id(), withNeeds(d.item(), needs.get(d.item().id())));
    }
    List<Section> built = SectionMapper.build(shapes, finished);
    // the files as written, with what the command line set: free ports and absolute paths are
    // the machine's, and shards on several machines run one version
    String fingerprint = Fingerprint.ofSources(texts, varOverrides, profile);
    return new Checklist(name, f.text("description"), displayFile, env, secrets, built,
        notifications, fingerprint, allowedSigners);
  }

  static void version(Fields f, Context cx) {
    Node v = f.node("version");
    if (v == null) {
      cx.problems().add(f.map().mark(), "", "missing required key 'version'", "add version: 1");
    } else if (!(v instanceof Node.Scalar s && s.text().equals("1"))) {
      cx.report(v, "version", "unsupported version "
          + (v instanceof Node.Scalar s ? s.shortText() : v.describe()),
          "this preflight reads version: 1");
    }
  }

  static Map<String, String> vars(Fields f, Context cx) {
    Map<String, String> vars = new LinkedHashMap<>();
    Node.MapNode map = f.mapAt("vars");
    if (map == null) {
      return vars;
    }
    for (Node.Entry e : map.entries()) {
      String path = YamlPath.key("vars", e.key());
      if (!Vars.NAME.matcher(e.key()).matches()) {
        cx.problems().add(e.keyMark(), path, "'" + e.key() + "' is not a valid variable name",
            "use letters, digits, _ and -");
      } else if (e.value() instanceof Node.Scalar s) {
        vars.put(e.key(), s.text());
      } else {
        cx.report(e.value(), path, "a variable holds one value, got " + e.value().describe(),
            null);
      }
    }
    return vars;
  }

  private static Scope defaults(Fields top, Context cx, Map<String, String> env) {
    Node.MapNode map = top.mapAt("defaults");
    Fields f = cx.fields(map == null ? new Node.MapNode(Mark.NONE, List.of()) : map, "defaults");
    f.allowOnly(DEFAULT_KEYS, Map.of("cwd", "workdir", "working_directory", "workdir"),
        Map.of());
    Duration timeout = f.positiveDuration("timeout");
    String severity = f.choice("severity", List.of("blocker", "warning"));
    String shell = f.choice("shell", List.of("sh", "bash"));
    return new Scope(List.of(), ItemMapper.workdir(f, cx, cx.baseDir()),
        timeout == null ? DEFAULT_TIMEOUT : timeout,
        severity == null ? Severity.BLOCKER : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
        shell == null ? Check.Shell.SH : Check.Shell.valueOf(shell.toUpperCase(Locale.ROOT)),
        env, Set.of(), List.of());
  }

  private static Item withNeeds(Item i, List<String> needs) {
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), i.severity(), i.tags(), needs == null ? List.of() : needs, i.skip(),
        i.parse(), i.expect(), i.retries(), i.retryDelay(), i.exclusive());
  }
}
