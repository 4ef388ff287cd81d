package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code environment:} checks a dotenv {@code file}, or without one the run's environment:
 * every name in {@code require} and {@code equals} is set and not empty, and each name in
 * {@code equals} has exactly that value. Reasons name variables, never a value of one that looks
 * secret (TOKEN, SECRET, PASSWORD, KEY, URL… in its name): {@code missing: SECRET_KEY},
 * {@code APP_ENV = staging, expected production}, {@code DATABASE_URL is not the expected value}.
 */
final class EnvironmentProbe implements Probe {
  private static final List<String> SECRET_WORDS = List.of("TOKEN", "SECRET", "PASSWORD",
      "PASSWD", "KEY", "CREDENTIAL", "URL", "DSN");

  @Override
  public String name() {
    return "environment";
  }

  @Override
  public List<Key> keys() {
    return List.of(
        Key.text("file", false, "file: .env.production"),
        Key.of("require", Key.Type.LIST, "require: [DATABASE_URL, SECRET_KEY]"),
        Key.of("equals", Key.Type.MAP, "equals: {APP_ENV: production}"));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("missing", "mismatched", "empty");
  }

  @Override
  public List<Problem> check(Settings s) {
    if (s.list("require").isEmpty() && s.map("equals").isEmpty()) {
      return List.of(new Problem("require", "nothing to check: no require: and no equals:",
          "e.g. require: [DATABASE_URL, SECRET_KEY]"));
    }
    List<Problem> problems = new ArrayList<>();
    for (String name : s.list("require")) {
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        problems.add(new Problem("require", "'" + name + "' is not a variable name",
            "use letters, digits and _"));
      }
    }
    return problems;
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    Map<String, String> env = cx.environment();
    String file = s.text("file", null);
    String where = "the environment";
    if (file != null) {
      Path path = cx.workdir().resolve(file);
      try {
        env = Dotenv.parse(Files.readString(path));
        where = file;
      } catch (NoSuchFileException e) {
        return Observation.unreachable("no such file: " + file + " (in " + cx.workdir() + ")");
      } catch (IOException e) {
        return Observation.unreachable("cannot read " + file + ": " + e.getMessage());
      } catch (Dotenv.Malformed e) {
        return Observation.unreachable(file + ": " + e.getMessage());
      }
    }
    Set<String> names = new LinkedHashSet<>(s.list("require"));
    names.addAll(s.map("equals").keySet());
    List<String> missing = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    List<String> mismatched = new ArrayList<>();
    for (String name : names) {
      String value = env.get(name);
      String expected = s.map("equals").get(name);
      if (value == null) {
        missing.add(name);
      } else if (value.isEmpty() && (expected == null || !expected.isEmpty())) {
        empty.add(name);
      } else if (expected != null && !expected.equals(value)) {
        mismatched.add(looksSecret(name) ? name + " is not the expected value"
            : name + " = " + value + ", expected " + expected);
      }
    }
    Observation.Builder o = Observation.reached()
        .metric("missing", missing.size())
        .metric("mismatched", mismatched.size())
        .metric("empty", empty.size());
    o.rule(missing.isEmpty(), "missing: " + String.join(", ", missing), "missing");
    o.rule(empty.isEmpty(), "empty: " + String.join(", ", empty), "empty");
    o.rule(mismatched.isEmpty(), String.join("; ", mismatched), "mismatched");
    o.summary(names.size() + " variables checked in " + where);
    return o.build();
  }

  static boolean looksSecret(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains);
  }
}
