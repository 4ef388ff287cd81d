package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.probe.Probes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what an item does: exactly one of {@code run:}, {@code args:}, {@code manual:},
 * {@code notify:}, a probe ({@code http:}, {@code tcp:}, …) or {@code service:}.
 */
final class Kinds {
  private static final String ONE_OF = "run:, args:, manual:, notify:, service: or a probe (http:,"
      + " tls:, tcp:, postgres:, redis:, environment:, file:, disk:)";

  private final Context cx;

  Kinds(Context cx) {
    this.cx = cx;
  }

  /** Every key that names a kind, in the order the format lists them. */
  static List<String> all() {
    List<String> kinds = new ArrayList<>(ItemMapper.KINDS);
    kinds.add("service");
    kinds.addAll(Probes.names());
    return kinds;
  }

  /** The item's check, or null after reporting why there is none. */
  Check check(Fields f, Check.Shell shell) {
    List<Node.Entry> present = new ArrayList<>();
    for (String kind : all()) {
      Node.Entry e = f.map().entry(kind);
      if (e != null) {
        present.add(e);
      }
    }
    if (present.isEmpty()) {
      cx.problems().add(f.map().mark(), f.path(), "item has nothing to do", "add one of " + ONE_OF);
      return null;
    }
    if (present.size() > 1) {
      Node.Entry second = present.get(1);
      cx.problems().add(second.keyMark(), f.path(second.key()),
          "item has both " + present.get(0).key() + ": and " + second.key() + ":",
          "keep exactly one of " + ONE_OF);
      return null;
    }
    String kind = present.get(0).key();
    if (kind.equals("service")) {
      return new ServiceMapper(cx).map(f, shell);
    }
    if (Probes.byName(kind).isPresent()) {
      return new ProbeMapper(cx).map(f, Probes.byName(kind).get());
    }
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

  /** {@code args:} of an item or a service, or null after a report. */
  Check argv(Fields f) {
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
