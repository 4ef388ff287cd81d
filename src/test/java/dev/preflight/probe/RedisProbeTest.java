package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.LocalServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real redis-server that the test starts (Debian's redis-server package). */
class RedisProbeTest {
  private static LocalServers.Server redis;

  @BeforeAll
  static void start() throws Exception {
    redis = LocalServers.redis();
  }

  @AfterAll
  static void stop() throws Exception {
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void pingsAndReadsInfo() throws Exception {
    Observation o = observe(new RedisProbe(), settings("url", "redis://:"
        + LocalServers.REDIS_PASSWORD + "@127.0.0.1:" + redis.port() + "/2"));
    assertThat(o.unreachable()).isNull();
    assertThat(o.metrics().get("redis_version")).isGreaterThanOrEqualTo(6);
    assertThat(o.metrics().get("connected_clients")).isGreaterThanOrEqualTo(1);
    assertThat(o.metrics().get("used_memory_bytes")).isPositive();
    assertThat(o.metrics()).containsKey("ping_ms");
    assertThat(o.texts()).containsEntry("role", "master");
    assertThat(failures(o)).isEmpty();
  }

  @Test
  void aWrongPasswordFailsWithoutShowingIt() throws Exception {
    String reason = observe(new RedisProbe(), settings("host", "127.0.0.1", "port", redis.port(),
        "password", "not-the-password")).unreachable();
    assertThat(reason).startsWith("127.0.0.1:" + redis.port() + ": ")
        .containsIgnoringCase("WRONGPASS").doesNotContain("not-the-password");
  }

  @Test
  void aClosedPortIsRefused() throws Exception {
    int port = Probing.closedPort();
    assertThat(observe(new RedisProbe(), settings("url", "redis://127.0.0.1:" + port))
        .unreachable()).isEqualTo("connection refused: 127.0.0.1:" + port);
  }
}
