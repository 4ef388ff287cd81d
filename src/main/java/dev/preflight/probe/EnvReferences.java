package dev.preflight.probe;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{ env.NAME }}} in probe settings: filled in from the run's environment when the probe
 * runs, so that {@code validate} needs no secrets and a value set by the checklist's {@code env:}
 * counts as much as one exported in the shell.
 */
public final class EnvReferences {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private EnvReferences() {}

  /** A variable a setting refers to is not set. */
  public static final class Unset extends Exception {
    public Unset(String name) {
      super("environment variable " + name + " is not set");
    }
  }

  /** Whether {@code text} holds a reference, and so can only be checked when the probe runs. */
  public static boolean present(String text) {
    return text != null && REFERENCE.matcher(text).find();
  }

  public static String expand(String text, Map<String, String> env) throws Unset {
    if (text.indexOf("{{") < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      if (value == null) {
        throw new Unset(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
