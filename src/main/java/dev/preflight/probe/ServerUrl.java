package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a database or cache server is, from the URL applications already use ({@code
 * postgresql://user:pass@host:5432/db?sslmode=require}, {@code redis://:pass@host:6379/0}) or
 * from {@code host}, {@code port}, {@code user}, {@code password}, {@code database} keys, which
 * win over the URL's parts. User and password are percent-decoded, as libpq and redis-cli do.
 *
 * @param database the URL's path without its slash, or the key; null when neither gives one
 * @param options the URL's query parameters
 */
record ServerUrl(String scheme, String host, int port, String user, String password,
    String database, Map<String, String> options) {

  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  /** The keys every server probe takes besides its own. */
  static List<Key> keys(String example) {
    return List.of(
        Key.text("url", false, example),
        Key.text("host", false, "host: 127.0.0.1"),
        Key.of("port", Key.Type.NUMBER, "port: 5432"),
        Key.text("user", false, "user: app"),
        Key.text("password", false, "password: \"{{ env.DB_PASSWORD }}\""),
        Key.text("database", false, "database: app"));
  }

  static ServerUrl of(Settings s, List<String> schemes, int defaultPort) throws Invalid {
    String url = s.text("url", null);
    ServerUrl base = url == null
        ? new ServerUrl(schemes.get(0), "127.0.0.1", defaultPort, null, null, null, Map.of())
        : parse(url, schemes, defaultPort);
    return new ServerUrl(base.scheme, s.text("host", base.host),
        (int) s.number("port", base.port), s.text("user", base.user),
        s.text("password", base.password), s.has("database")
            ? String.valueOf(s.values().get("database")) : base.database, base.options);
  }

  static ServerUrl parse(String url, List<String> schemes, int defaultPort) throws Invalid {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new Invalid("'" + Redact.url(url) + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!schemes.contains(scheme)) {
      throw new Invalid("'" + Redact.url(url) + "' is not a " + String.join(":// or ", schemes)
          + ":// URL");
    }
    if (uri.getHost() == null) {
      throw new Invalid("'" + Redact.url(url) + "' has no host");
    }
    String user = null;
    String password = null;
    if (uri.getUserInfo() != null) {
      String info = uri.getUserInfo();
      int colon = info.indexOf(':');
      user = colon < 0 ? info : info.substring(0, colon);
      password = colon < 0 ? null : info.substring(colon + 1);
      user = user.isEmpty() ? null : user;
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    Map<String, String> options = new LinkedHashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          options.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return new ServerUrl(scheme, uri.getHost().replaceAll("^\\[|]$", ""),
        uri.getPort() < 0 ? defaultPort : uri.getPort(), user, password,
        path.isEmpty() ? null : path, options);
  }

  /** {@code host:port}, for reasons. */
  String target() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
