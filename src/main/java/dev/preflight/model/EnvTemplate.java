package dev.preflight.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{ env.NAME }}} in a notification's or a probe's strings, read from the run's
 * environment when the notification is sent or the probe runs rather than when the checklist is
 * loaded, so that webhook URLs and passwords live in CI secrets and never in the file, and
 * {@code validate} needs none of them. {@code {{ name }}} variables are already
 * replaced by the loader; anything else between braces is left as written.
 */
public final class EnvTemplate {
  private static final Pattern REFERENCE =
      Pattern.compile("\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
  /** What starts a reference, to catch malformed ones such as {@code {{ env.1X }}}. */
  private static final Pattern OPENING = Pattern.compile("\\{\\{\\s*env\\.");

  private EnvTemplate() {}

  /** The variable names {@code text} refers to, in order of first use. */
  public static Set<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Whether {@code text} holds a reference, and so can only be checked when it is used. */
  public static boolean present(String text) {
    return text != null && REFERENCE.matcher(text).find();
  }

  /** References that do not read as {@code {{ env.NAME }}}, as written; empty when all do. */
  public static List<String> malformed(String text) {
    List<String> bad = new ArrayList<>();
    if (text == null) {
      return bad;
    }
    Matcher open = OPENING.matcher(text);
    Matcher good = REFERENCE.matcher(text);
    while (open.find()) {
      if (!good.find(open.start()) || good.start() != open.start()) {
        int end = text.indexOf("}}", open.start());
        bad.add(text.substring(open.start(), end < 0 ? text.length() : end + 2));
      }
    }
    return bad;
  }

  /**
   * Whether {@code text} starts with a reference, so that what it starts with (a URL's scheme
   * and host, say) is unknown until sent.
   */
  public static boolean startsWithReference(String text) {
    return text != null && REFERENCE.matcher(text.strip()).lookingAt();
  }

  /** {@code text} with every reference replaced by {@code stand-in}, to check its shape. */
  public static String withStandIn(String text, String standIn) {
    return replace(text, reference -> standIn);
  }

  /** {@code text} with every reference replaced; an unset variable becomes empty. */
  public static String expand(String text, Map<String, String> env) {
    return replace(text, reference -> env.getOrDefault(reference.group(1), ""));
  }

  /** {@code text} with the references to set variables replaced and the others left as written. */
  public static String expandSet(String text, Map<String, String> env) {
    return replace(text, reference -> {
      String value = env.get(reference.group(1));
      return value == null || value.isBlank() ? reference.group() : value;
    });
  }

  /** {@code text} with each reference replaced by what {@code by} says, taken literally. */
  private static String replace(String text, Function<MatchResult, String> by) {
    if (text == null || text.indexOf("{{") < 0) {
      return text;
    }
    return REFERENCE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(by.apply(m)));
  }

  /** Of the names {@code text} refers to, those unset or empty in {@code env}. */
  public static Set<String> unset(String text, Map<String, String> env) {
    Set<String> missing = new LinkedHashSet<>();
    for (String name : names(text)) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    return missing;
  }
}
