package dev.preflight.probe;

import java.util.regex.Pattern;

/**
 * Passwords in URLs ({@code postgresql://app:s3cret@db/app}) become {@code ***} before a URL goes
 * into a reason or a report: the checklist may spell them out, not only the environment.
 */
public final class Redact {
  private static final Pattern USERINFO =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\\s]*:)[^@/\\s]*@");

  private Redact() {}

  public static String url(String text) {
    return text == null ? null : USERINFO.matcher(text).replaceAll("$1***@");
  }
}
