package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the JDK's HttpServer: every 10th request answers 500 and every 5th waits 300 ms, so of
 * 100 requests exactly 10 are errors and exactly 20 are slow (two of them both).
 */
class HttpProbeTest {
  private static final int SLOW_MS = 300;
  private HttpServer server;
  private final AtomicInteger served = new AtomicInteger();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.createContext("/mixed", exchange -> {
      int n = served.incrementAndGet();
      if (n % 5 == 0) {
        sleep(SLOW_MS);
      }
      byte[] body = ("{\"status\": \"ok\", \"n\": " + n + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("X-Served-By", "test");
      exchange.sendResponseHeaders(n % 10 == 0 ? 500 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/echo", exchange -> {
      byte[] body = (exchange.getRequestMethod() + " "
          + exchange.getRequestHeaders().getFirst("X-Api-Key") + " "
          + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(201, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void errorRateAndPercentilesUnderConcurrency() throws Exception {
    Observation o = observe(new HttpProbe(),
        settings("url", base + "/mixed", "samples", 100, "concurrency", 8));
    assertThat(o.unreachable()).isNull();
    assertThat(o.metrics()).containsEntry("requests", 100.0).containsEntry("errors", 10.0)
        .containsEntry("error_rate", 10.0).containsEntry("status", 200.0);
    // 20 of 100 took at least 300 ms: ranks 81-100 are slow, so p90 and p95 are, p50 is not
    assertThat(o.metrics().get("p90_ms")).isGreaterThanOrEqualTo(SLOW_MS);
    assertThat(o.metrics().get("p95_ms")).isGreaterThanOrEqualTo(SLOW_MS);
    assertThat(o.metrics().get("max_ms")).isGreaterThanOrEqualTo(SLOW_MS);
    assertThat(o.metrics().get("p50_ms")).isLessThan(SLOW_MS);
    assertThat(o.metrics().get("rps")).isPositive();
    assertThat(failures(o)).containsExactly(
        "10 of 100 requests not answered with 2xx/3xx: 200 ×90, 500 ×10");
    assertThat(o.texts().get("body")).contains("\"status\": \"ok\"");
    assertThat(o.texts().get("headers")).contains("x-served-by: test");
  }

  @Test
  void sendsMethodHeadersAndBody() throws Exception {
    Observation o = observe(new HttpProbe(), settings("url", base + "/echo", "method", "POST",
        "headers", Map.of("X-Api-Key", "k1"), "body", "{\"a\": 1}"));
    assertThat(o.metrics()).containsEntry("status", 201.0).containsEntry("errors", 0.0);
    assertThat(o.texts().get("body")).isEqualTo("POST k1 {\"a\": 1}");
    assertThat(failures(o)).isEmpty();
  }

  @Test
  void aClosedPortIsUnreachableWithTheNetworkReason() throws Exception {
    int port = Probing.closedPort();
    Observation o = observe(new HttpProbe(),
        settings("url", "http://user:hunter2@127.0.0.1:" + port + "/health", "samples", 3));
    assertThat(o.unreachable())
        .isEqualTo("connection refused: http://user:***@127.0.0.1:" + port + "/health");
  }

  @Test
  void misconfigurationIsFoundBeforeTheRun() {
    HttpProbe p = new HttpProbe();
    assertThat(p.check(settings("url", "ftp://x/y"))).extracting(Probe.Problem::message)
        .containsExactly("'ftp://x/y' is not an http:// or https:// URL");
    assertThat(p.check(settings("url", "http://x/", "method", "FETCH", "samples", 5,
        "concurrency", 10))).extracting(Probe.Problem::key)
        .containsExactly("method", "concurrency");
    assertThat(p.check(settings("url", "{{ env.URL }}"))).isEmpty();
  }

  @Test
  void percentilesAreNearestRank() {
    Percentiles p = Percentiles.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0));
    assertThat(p.at(50)).isEqualTo(5.0);
    assertThat(p.at(90)).isEqualTo(9.0);
    assertThat(p.at(95)).isEqualTo(10.0);
    assertThat(p.at(1)).isEqualTo(1.0);
    assertThat(p.mean()).isEqualTo(5.5);
  }
}
