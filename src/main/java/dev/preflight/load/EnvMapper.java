package dev.preflight.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code env:} maps and the {@code secrets:} list: environment names and string values. */
final class EnvMapper {
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Context cx;

  EnvMapper(Context cx) {
    this.cx = cx;
  }

  /** Numbers and booleans become the text as written: {@code PORT: 8080} is "8080". */
  Map<String, String> env(Fields f, String key) {
    Map<String, String> env = new LinkedHashMap<>();
    Node.MapNode map = f.mapAt(key);
    if (map == null) {
      return env;
    }
    Fields vars = cx.fields(map, f.path(key));
    for (Node.Entry e : map.entries()) {
      String path = vars.path(e.key());
      if (!NAME.matcher(e.key()).matches()) {
        cx.problems().add(e.keyMark(), path, "'" + e.key() + "' is not a valid variable name",
            "use letters, digits and _, not starting with a digit");
        continue;
      }
      if (e.value() instanceof Node.Scalar s && s.isNull()) {
        cx.problems().add(e.keyMark(), path, "no value for " + e.key(),
            "write " + e.key() + ": \"\" for an empty value");
        continue;
      }
      String value = vars.text(e.key());
      if (value != null) {
        env.put(e.key(), value);
      }
    }
    return env;
  }

  List<String> secrets(Fields f) {
    List<String> names = new java.util.ArrayList<>();
    for (Fields.Listed s : f.scalars("secrets")) {
      if (NAME.matcher(s.text()).matches()) {
        names.add(s.text());
      } else {
        cx.report(s.scalar(), s.path(), "'" + s.text() + "' is not a valid variable name",
            "list environment variable names, e.g. secrets: [DATABASE_URL]");
      }
    }
    return names;
  }
}
