package dev.preflight.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a webhook URL, an {@code smtp:} value or an e-mail address usable; shared by the
 * loader (for what is written in the checklist) and the run (for what the environment filled
 * in). E-mail addresses get a plausibility check that catches typos; the server has the last
 * word.
 */
public final class Addresses {
  private static final String BARE = "[^@\\s<>\",;]+@[^@\\s<>\",;]+";
  private static final Pattern MAIL = Pattern.compile(BARE + "|[^<>]*<" + BARE + ">");

  private Addresses() {}

  /** Why {@code url} cannot be posted to, or null when it can. */
  public static String webhookProblem(String url) {
    if (url.isEmpty()) {
      return "is empty";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "is not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "must start with https:// or http://";
    }
    return uri.getHost() == null || uri.getHost().isEmpty() ? "has no host" : null;
  }

  /** Why {@code smtp} is not {@code smtp://HOST[:PORT]} or {@code smtps://…}, or null. */
  public static String smtpProblem(String smtp) {
    URI uri;
    try {
      uri = new URI(smtp);
    } catch (URISyntaxException e) {
      return "is not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("smtp") && !scheme.equals("smtps")) {
      return "must be smtp://HOST:PORT or smtps://HOST:PORT";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "has no host";
    }
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null
        || uri.getRawUserInfo() != null) {
      return "takes only a host and a port; put the login in user: and password:";
    }
    return null;
  }

  public static boolean validMail(String address) {
    return MAIL.matcher(address.strip()).matches();
  }
}
