package dev.preflight.load;

import dev.preflight.model.Check;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads who may sign a manual item off and for how long (SPEC §9): {@code valid_for},
 * {@code signers}, {@code signoffs_required}, {@code release_bound}. They mean nothing on an
 * item that runs by itself, so there they are errors rather than silently ignored.
 */
final class SignoffRules {
  static final List<String> KEYS =
      List.of("valid_for", "signers", "signoffs_required", "release_bound");

  private final Context cx;

  SignoffRules(Context cx) {
    this.cx = cx;
  }

  /** {@code check} with the item's sign-off rules applied; unchanged when it has none. */
  Check apply(Fields f, Check check) {
    if (KEYS.stream().noneMatch(k -> f.map().entry(k) != null)) {
      return check;
    }
    if (!(check instanceof Check.Manual manual)) {
      if (check != null) {
        for (String key : KEYS) {
          Node.Entry e = f.map().entry(key);
          if (e != null) {
            cx.problems().add(e.keyMark(), f.path(key), key + " applies only to manual items",
                "sign-offs are for steps a person does; remove " + key + " or use manual:");
          }
        }
      }
      return check;
    }
    Duration validFor = f.positiveDuration("valid_for");
    List<String> signers = signers(f);
    Integer required = f.integer("signoffs_required", 1, 20);
    Boolean releaseBound = f.bool("release_bound");
    if (required != null && !signers.isEmpty() && required > signers.size()) {
      cx.report(f.node("signoffs_required"), f.path("signoffs_required"),
          "signoffs_required is " + required + " but only " + signers.size()
              + (signers.size() == 1 ? " signer is" : " signers are") + " listed",
          "list more signers or lower signoffs_required");
    }
    return new Check.Manual(manual.instructions(), validFor, signers,
        required == null ? 1 : required, Boolean.TRUE.equals(releaseBound));
  }

  /** Names as {@code --by} gives them; {@code {{ var }}} expanded, each listed once. */
  private List<String> signers(Fields f) {
    List<String> names = new ArrayList<>();
    for (Fields.Listed s : f.scalars("signers")) {
      String name = cx.vars().expand(s.text(), s.scalar().mark(), s.path(), cx.problems()).strip();
      if (name.isEmpty() || name.contains("\n")) {
        cx.report(s.scalar(), s.path(), "a signer is a name on one line, got "
            + s.scalar().describe(), "write the name people pass to --by");
      } else if (names.contains(name)) {
        cx.report(s.scalar(), s.path(), "signer '" + name + "' is listed twice",
            "list each person once");
      } else {
        names.add(name);
      }
    }
    if (f.node("signers") instanceof Node.SeqNode seq && seq.items().isEmpty()) {
      cx.report(seq, f.path("signers"), "signers is empty",
          "list who may sign, or remove signers: to let anyone sign");
    }
    return names;
  }
}
