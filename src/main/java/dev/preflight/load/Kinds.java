package dev.preflight.load;

import dev.preflight.model.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what an item does: exactly one of {@code run:}, {@code args:}, {@code manual:} or
 * {@code notify:}.
 */
final class Kinds {
  private final Context cx;

  Kinds(Context cx) {
    this.cx = cx;
  }

  /** The item's check, or null after reporting why there is none. */
  Check check(Fields f, Check.Shell shell) {
    List<Node.Entry> present = new ArrayList<>();
    for (String kind : ItemMapper.KINDS) {
      Node.Entry e = f.map().entry(kind);
      if (e != null) {
        present.add(e);
      }
    }
    boolean probe = f.map().entries().stream()
        .anyMatch(e -> e.key().matches("http|tls|tcp|file|disk"));
    if (present.isEmpty() && probe) {
      return null; // already reported as a probe that is not supported yet
    }
    if (present.isEmpty()) {
      cx.problems().add(f.map().mark(), f.path(), "item has nothing to do",
          "add one of run:, args:, manual:, notify:");
      return null;
    }
    if (present.size() > 1) {
      Node.Entry second = present.get(1);
      cx.problems().add(second.keyMark(), f.path(second.key()),
          "item has both " + present.get(0).key() + ": and " + second.key() + ":",
          "keep exactly one of run:, args:, manual:, notify:");
      return null;
    }
    String kind = present.get(0).key();
    if (kind.equals("args")) {
      return argv(f);
    }
    if (kind.equals("notify")) {
      return new NotifyMapper(cx).item(f);
    }
    String text = f.required(kind, kind.equals("run") ? "write the command line to run"
        : "write what a person should do");
    if (text == null) {
      return null;
    }
    return kind.equals("run") ? new Check.Script(text, shell) : new Check.Manual(text);
  }

  private Check argv(Fields f) {
    Node n = f.node("args");
    if (!(n instanceof Node.SeqNode seq) || seq.items().isEmpty()) {
      Node at = n == null ? f.map().entry("args").value() : n;
      cx.report(at, f.path("args"), "args must be a non-empty list, got " + at.describe(),
          "e.g. args: [python3, -m, pytest]");
      return null;
    }
    List<String> argv = new ArrayList<>();
    for (Fields.Listed arg : f.scalars("args")) {
      argv.add(cx.vars().expand(arg.text(), arg.scalar().mark(), arg.path(), cx.problems()));
    }
    return argv.size() == seq.items().size() ? new Check.Argv(argv) : null;
  }
}
