package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code postgres:} connects with the PostgreSQL JDBC driver, reads the server's version and
 * runs the optional {@code query} in a read-only transaction. {@code value} is the first column
 * of the first row: a metric when it reads as a number, a text subject always.
 *
 * <p>Defaults: port 5432, database = user (as libpq), the item's timeout for the connection, the
 * login and the query. {@code server_version} is major.minor (15.4; compare the major with
 * {@code >= 14}); {@code server_version_num} is PostgreSQL's own sortable number (150004).
 */
final class PostgresProbe implements Probe {
  private static final List<String> SCHEMES = List.of("postgresql", "postgres");
  private static final Pattern VERSION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?");

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public List<Key> keys() {
    List<Key> keys = new ArrayList<>(ServerUrl.keys("url: \"{{ env.DATABASE_URL }}\""));
    keys.add(Key.text("query", false, "query: SELECT count(*) FROM schema_migrations"));
    return keys;
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("connect_ms", "server_version", "server_version_num", "query_ms", "rows",
        "value");
  }

  @Override
  public Set<String> textSubjects() {
    return Set.of("value");
  }

  @Override
  public List<Problem> check(Settings s) {
    return ServerProbes.check(s, SCHEMES, 5432, "url: postgresql://app@127.0.0.1:5432/app");
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    ServerUrl server;
    try {
      server = ServerUrl.of(s, SCHEMES, 5432);
    } catch (ServerUrl.Invalid e) {
      return Observation.unreachable(e.getMessage());
    }
    String user = server.user() == null ? cx.environment().getOrDefault("USER", "postgres")
        : server.user();
    String database = server.database() == null ? user : server.database();
    Properties props = new Properties();
    server.options().forEach(props::setProperty);
    props.setProperty("user", user);
    if (server.password() != null) {
      props.setProperty("password", server.password());
    }
    String seconds = String.valueOf(Math.max(1, (cx.timeoutMillis() + 999) / 1000));
    props.setProperty("connectTimeout", seconds);
    props.setProperty("loginTimeout", seconds);
    props.setProperty("socketTimeout", seconds);
    props.setProperty("ApplicationName", "preflight");
    String jdbc = "jdbc:postgresql://" + server.target() + "/" + database;
    org.postgresql.Driver driver = new org.postgresql.Driver(); // class loading is not the server's
    long t0 = System.nanoTime();
    try (Connection c = driver.connect(jdbc, props)) {
      double connectMs = Percentiles.round((System.nanoTime() - t0) / 1e6);
      Observation.Builder o = Observation.reached().metric("connect_ms", connectMs);
      String version = c.getMetaData().getDatabaseProductVersion();
      Matcher m = VERSION.matcher(version);
      if (m.find()) {
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        o.metric("server_version", Double.parseDouble(major + "." + minor));
        o.metric("server_version_num", major >= 10 ? major * 10_000 + minor : major * 100 + minor);
      }
      o.summary("connected to " + server.target() + "/" + database + " as " + user
          + ": PostgreSQL " + version);
      String query = s.text("query", null);
      if (query == null) {
        String none = "the item has no query:";
        return o.missing("value", none).missing("rows", none).missing("query_ms", none).build();
      }
      return query(c, query, Integer.parseInt(seconds), o);
    } catch (SQLException e) {
      return Observation.unreachable(describe(e, server, user, database, cx));
    }
  }

  private static Observation query(Connection c, String query, int seconds,
      Observation.Builder o) {
    long t0 = System.nanoTime();
    try {
      c.setAutoCommit(false); // a read-only transaction, rolled back when the connection closes
      c.setReadOnly(true);
      try (Statement st = c.createStatement()) {
        st.setQueryTimeout(seconds);
        int rows = 0;
        String first = null;
        if (st.execute(query)) {
          try (ResultSet rs = st.getResultSet()) {
            while (rs.next()) {
              if (rows++ == 0) {
                first = rs.getString(1);
              }
            }
          }
        }
        o.metric("query_ms", Percentiles.round((System.nanoTime() - t0) / 1e6)).metric("rows", rows);
        if (first != null) {
          o.text("value", first);
          try {
            o.metric("value", Double.parseDouble(first.strip()));
          } catch (NumberFormatException e) {
            o.missing("value", "the first column is not a number: '" + brief(first) + "'");
          }
        } else {
          o.text("value", "").missing("value", "the query returned no row");
        }
        o.summary("query returned " + rows + (rows == 1 ? " row" : " rows")
            + (first == null ? "" : "; first value: " + brief(first)));
        return o.build();
      }
    } catch (SQLException e) {
      return Observation.unreachable("query failed: " + firstLine(e.getMessage()));
    }
  }

  private static String describe(SQLException e, ServerUrl server, String user, String db,
      ProbeContext cx) {
    Throwable cause = e.getCause();
    if (cause instanceof java.io.IOException) {
      return NetworkErrors.describe(cause, server.target(), cx.timeout());
    }
    String message = firstLine(e.getMessage());
    if ("08001".equals(e.getSQLState()) && message.contains("refused")) {
      return "connection refused: " + server.target();
    }
    return "cannot connect to " + server.target() + "/" + db + " as " + user + ": " + message;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.strip().split("\\R", 2)[0];
  }

  private static String brief(String s) {
    String line = firstLine(s);
    return line.length() <= 80 ? line : line.substring(0, 80) + "…";
  }
}
