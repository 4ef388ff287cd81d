package dev.preflight.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code profiles:} ({@code staging: {vars: …, env: …, env_file: …}}) and picks the one
 * {@code --profile} names. Every profile is checked, chosen or not, so a typo in the production
 * profile shows up on a staging run too.
 */
final class Profiles {
  static final List<String> KEYS = List.of("vars", "env", "env_file");

  /** The chosen profile's settings; empty when none was asked for. */
  record Profile(String name, Map<String, String> vars, Map<String, String> env) {
    static final Profile NONE = new Profile(null, Map.of(), Map.of());
  }

  private Profiles() {}

  /**
   * @param wanted the {@code --profile} name, or null
   */
  static Profile choose(Fields top, Context cx, String wanted) {
    Node.MapNode map = top.mapAt("profiles");
    Map<String, Profile> all = new LinkedHashMap<>();
    Map<String, Fields> bodies = new LinkedHashMap<>();
    if (map != null) {
      for (Node.Entry e : map.entries()) {
        String path = YamlPath.key("profiles", e.key());
        if (!Vars.NAME.matcher(e.key()).matches()) {
          cx.problems().add(e.keyMark(), path, "'" + e.key() + "' is not a valid profile name",
              "use letters, digits, _ and -");
          continue;
        }
        if (!(e.value() instanceof Node.MapNode body)) {
          cx.report(e.value(), path, "a profile is a map of vars, env and env_file, got "
              + e.value().describe(), "e.g. staging: {vars: {url: https://staging}}");
          continue;
        }
        Fields f = cx.fields(body, path);
        f.allowOnly(KEYS, Map.of("variables", "vars", "environment", "env"), Map.of());
        Map<String, String> vars = ChecklistMapper.vars(f, cx);
        Map<String, String> env = new EnvMapper(cx).env(f, "env");
        f.text("env_file"); // checked for every profile, read only for the chosen one
        all.put(e.key(), new Profile(e.key(), vars, env));
        bodies.put(e.key(), f);
      }
    }
    if (wanted == null) {
      return Profile.NONE;
    }
    Profile chosen = all.get(wanted);
    if (chosen == null) {
      Mark at = map == null ? Mark.NONE : top.map().entry("profiles").keyMark();
      cx.problems().add(at, map == null ? "" : "profiles", "no profile named '" + wanted + "'",
          all.isEmpty() ? "this checklist defines no profiles; add profiles: {" + wanted
              + ": {vars: …, env: …}}"
              : Suggestions.didYouMean(wanted, all.keySet(),
                  "defined: " + String.join(", ", all.keySet())));
      return Profile.NONE;
    }
    Map<String, String> env = new LinkedHashMap<>(EnvFiles.read(bodies.get(wanted), cx));
    env.putAll(chosen.env());
    return new Profile(wanted, chosen.vars(), env);
  }
}
