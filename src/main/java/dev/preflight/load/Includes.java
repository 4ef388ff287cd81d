package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.Severity;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code include: other.yaml} in a section (SPEC §12): the other file's sections are placed in
 * that section. The included file is a checklist of its own (it can run alone), read relative to
 * the file that includes it. Inside the section it inherits the section's tags, severity, needs
 * and workdir; its own {@code defaults}, {@code env}, {@code env_file} and {@code secrets} apply
 * to its items, and its {@code vars} fill in names the including checklist (or {@code --var})
 * leaves open. Ids and needs span every file. Problems inside it name it and its lines; a missing
 * file or a cycle is reported at the {@code include:} that names it.
 */
final class Includes {
  private Includes() {}

  /** How diagnostics name {@code relative}, written in the file {@code from} names. */
  static String display(Problems from, String relative) {
    Path parent = Path.of(from.file()).getParent();
    try {
      return (parent == null ? Path.of(relative) : parent.resolve(relative)).normalize()
          .toString();
    } catch (InvalidPathException e) {
      return relative;
    }
  }

  /** The included file's sections under {@code scope}, or none after reporting why. */
  static List<SectionMapper.Shape> sections(Fields f, Context cx, SectionMapper.Shared shared,
      Scope scope) {
    String name = f.text("include");
    Node at = f.node("include");
    if (name == null || name.isBlank()) {
      return List.of();
    }
    Path target;
    try {
      target = cx.baseDir().resolve(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      cx.report(at, f.path("include"), "not a valid path: " + e.getReason(), null);
      return List.of();
    }
    String display = display(cx.problems(), name);
    if (cx.chain().contains(target)) {
      List<String> names = new ArrayList<>();
      cx.chain().forEach(p -> names.add(p.getFileName().toString()));
      names.add(target.getFileName().toString());
      cx.report(at, f.path("include"), "include cycle: " + String.join(" → ", names),
          "a file cannot include itself, directly or through others");
      return List.of();
    }
    if (!Files.isRegularFile(target)) {
      cx.report(at, f.path("include"), "included file " + display + " not found",
          "paths are relative to the file that includes them");
      return List.of();
    }
    Problems problems = cx.problems().forFile(display);
    String text = SourceFile.read(target, problems);
    if (text == null) {
      return List.of();
    }
    SourceText source = SourceText.of(text);
    Node root = YamlReader.read(source, problems);
    if (!(root instanceof Node.MapNode map)) {
      if (root != null) {
        problems.add(root.mark(), "", "expected a checklist (version, name, sections), got "
            + root.describe(), "an included file is a checklist of its own");
      }
      return List.of();
    }
    cx.texts().add(text);
    Context bare = new Context(problems, source, new Vars(Map.of()), target.getParent(),
        List.of(), cx.texts());
    Map<String, String> vars = ChecklistMapper.vars(bare.fields(map, ""), bare);
    vars.putAll(cx.vars().values());
    List<Path> chain = new ArrayList<>(cx.chain());
    chain.add(target);
    Context inner = new Context(problems, source, cx.vars().with(vars), target.getParent(), chain,
        cx.texts());
    Fields top = inner.fields(map, "");
    top.allowOnly(ChecklistMapper.KEYS, Map.of(), Map.of());
    if (top.has("profiles")) {
      inner.report(top.node("profiles"), "profiles", "profiles apply to the whole run",
          "define them in the checklist that is run");
    }
    ChecklistMapper.version(top, inner);
    top.required("name", "add name: what this part of the checklist is for");
    shared.secrets().addAll(new EnvMapper(inner).secrets(top));
    Scope own = scope(top, inner, scope);
    if (!top.has("sections")) {
      problems.add(map.mark(), "", "missing required key 'sections'",
          "an included file brings sections");
      return List.of();
    }
    return new SectionMapper(inner, shared).sections(top.node("sections"), "sections", own);
  }

  /** The including section's scope with the included file's defaults and environment. */
  private static Scope scope(Fields top, Context cx, Scope outer) {
    Node.MapNode map = top.mapAt("defaults");
    Fields d = cx.fields(map == null ? new Node.MapNode(Mark.NONE, List.of()) : map, "defaults");
    d.allowOnly(ChecklistMapper.DEFAULT_KEYS, Map.of(), Map.of());
    Duration timeout = d.positiveDuration("timeout");
    String severity = d.choice("severity", List.of("blocker", "warning"));
    String shell = d.choice("shell", List.of("sh", "bash"));
    Map<String, String> env = new LinkedHashMap<>(outer.env());
    env.putAll(EnvFiles.read(top, cx));
    env.putAll(new EnvMapper(cx).env(top, "env"));
    return new Scope(outer.sections(), ItemMapper.workdir(d, cx, outer.workdir()),
        timeout == null ? outer.timeout() : timeout,
        severity == null ? outer.severity()
            : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
        shell == null ? outer.shell() : Check.Shell.valueOf(shell.toUpperCase(Locale.ROOT)),
        env, outer.tags(), outer.needs());
  }
}
