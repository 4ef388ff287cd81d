package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.LocalServers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL that the test starts (Debian's postgresql package). */
class PostgresProbeTest {
  private static LocalServers.Server pg;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    pg = LocalServers.postgres();
    url = "postgresql://preflight:" + LocalServers.PG_PASSWORD + "@127.0.0.1:" + pg.port()
        + "/postgres";
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void connectsAndReadsTheVersionAndAQuery() throws Exception {
    Observation o = observe(new PostgresProbe(),
        settings("url", url, "query", "SELECT count(*) FROM generate_series(1, 7)"));
    assertThat(o.unreachable()).isNull();
    assertThat(o.metrics().get("server_version")).isGreaterThanOrEqualTo(14);
    assertThat(o.metrics().get("server_version_num")).isGreaterThanOrEqualTo(140000);
    assertThat(o.metrics()).containsEntry("rows", 1.0).containsEntry("value", 7.0)
        .containsKeys("connect_ms", "query_ms");
    assertThat(o.texts()).containsEntry("value", "7");
    assertThat(failures(o)).isEmpty();
  }

  @Test
  void textValuesAndKeysInsteadOfAUrl() throws Exception {
    Observation o = observe(new PostgresProbe(), settings("host", "127.0.0.1", "port", pg.port(),
        "user", "preflight", "password", LocalServers.PG_PASSWORD, "database", "postgres", "query", "SELECT version()"));
    assertThat(o.texts().get("value")).startsWith("PostgreSQL ");
    assertThat(o.missing().get("value")).startsWith("the first column is not a number");
  }

  @Test
  void aFailedQueryOrLoginFailsWithTheServersWordsAndNoPassword() throws Exception {
    assertThat(observe(new PostgresProbe(), settings("url", url, "query",
        "SELECT * FROM no_such_table")).unreachable())
        .isEqualTo("query failed: ERROR: relation \"no_such_table\" does not exist");
    // the query runs read-only: a release check must never change the database
    assertThat(observe(new PostgresProbe(), settings("url", url, "query",
        "CREATE TABLE x (a int)")).unreachable())
        .contains("read-only transaction");
    String wrong = url.replace(LocalServers.PG_PASSWORD, "wrong-password");
    String reason = observe(new PostgresProbe(), settings("url", wrong)).unreachable();
    assertThat(reason).contains("password authentication failed for user \"preflight\"")
        .doesNotContain("wrong-password");
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int port = Probing.closedPort();
    assertThat(observe(new PostgresProbe(), settings("url",
        "postgresql://preflight:pw@127.0.0.1:" + port + "/x"), Path.of("."), Map.of(),
        Clock.systemUTC()).unreachable()).isEqualTo("connection refused: 127.0.0.1:" + port);
  }

  @Test
  void badUrlsAreFoundBeforeTheRun() {
    assertThat(new PostgresProbe().check(settings("url", "mysql://h/db")))
        .extracting(Probe.Problem::message)
        .containsExactly("'mysql://h/db' is not a postgresql:// or postgres:// URL");
    assertThat(new PostgresProbe().check(settings("query", "SELECT 1")))
        .extracting(Probe.Problem::message).containsExactly("give url: or host:");
  }
}
