package dev.preflight.probe;

import dev.preflight.model.EnvTemplate;
import dev.preflight.model.Settings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code http:} sends {@code samples} requests, {@code concurrency} at a time (each of that many
 * users sends its next request when its last one was answered), through the JDK's HttpClient
 * (HTTP/1.1, keep-alive, redirects not followed, TLS verified unless {@code insecure}).
 *
 * <p>Defaults: GET, 1 sample, concurrency 1. The item's timeout bounds each request. Latencies
 * are wall time from send to the whole body, for answered requests; percentiles are nearest-rank
 * (p95 of 200 samples is the 190th fastest). A request is an error when it got no answer or a
 * status outside 2xx/3xx. With no answer at all the target is unreachable.
 */
final class HttpProbe implements Probe {
  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
      "OPTIONS");
  private static final int MAX_BODY_CHARS = 1 << 20;

  @Override
  public String name() {
    return "http";
  }

  @Override
  public List<Key> keys() {
    return List.of(
        Key.text("url", true, "url: http://127.0.0.1:8000/health"),
        Key.text("method", false, "method: POST"),
        Key.of("headers", Key.Type.MAP, "headers: {X-API-Key: \"{{ env.API_KEY }}\"}"),
        Key.text("body", false, "body: '{\"a\": 1}'"),
        Key.of("samples", Key.Type.NUMBER, "samples: 200"),
        Key.of("concurrency", Key.Type.NUMBER, "concurrency: 20"),
        Key.of("insecure", Key.Type.BOOLEAN, "insecure: true"));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("status", "requests", "errors", "error_rate", "p50_ms", "p90_ms", "p95_ms",
        "p99_ms", "max_ms", "mean_ms", "rps");
  }

  @Override
  public Set<String> textSubjects() {
    return Set.of("body", "headers");
  }

  @Override
  public List<Problem> check(Settings s) {
    List<Problem> problems = new ArrayList<>();
    String url = s.text("url", "");
    if (!EnvTemplate.present(url)) {
      String why = urlProblem(url);
      if (why != null) {
        problems.add(new Problem("url", why, "e.g. url: http://127.0.0.1:8000/health"));
      }
    }
    String method = s.text("method", "GET");
    if (!METHODS.contains(method)) {
      problems.add(new Problem("method", "unknown method '" + method + "'",
          "one of " + String.join(", ", new java.util.TreeSet<>(METHODS))));
    }
    long samples = s.number("samples", 1);
    if (s.number("concurrency", 1) > samples) {
      problems.add(new Problem("concurrency", "concurrency " + s.number("concurrency", 1)
          + " is more than samples " + samples,
          "send at least as many samples as there are concurrent users"));
    }
    return problems;
  }

  static String urlProblem(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "'" + Redact.url(url) + "' is not an http:// or https:// URL";
      }
      if (uri.getHost() == null) {
        return "'" + Redact.url(url) + "' has no host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "'" + Redact.url(url) + "' is not a URL: " + e.getReason();
    }
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) throws InterruptedException {
    String url = s.text("url", "");
    String bad = urlProblem(url);
    if (bad != null) {
      return Observation.unreachable(bad);
    }
    int samples = (int) s.number("samples", 1);
    int concurrency = (int) Math.min(samples, s.number("concurrency", 1));
    HttpRequest request = request(s, cx.timeout());
    HttpClient client = client(s.flag("insecure", false), cx.timeout(), concurrency);
    Sample[] results = new Sample[samples];
    AtomicInteger next = new AtomicInteger();
    ExecutorService users = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "preflight-http-user");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int u = 0; u < concurrency; u++) {
        running.add(users.submit(() -> {
          for (int i = next.getAndIncrement(); i < samples; i = next.getAndIncrement()) {
            results[i] = send(client, request);
          }
        }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      users.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return summarize(results, Redact.url(url), seconds, cx.timeout());
  }

  private static HttpRequest request(Settings s, Duration timeout) {
    String body = s.text("body", null);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.text("url", "")))
        .timeout(timeout)
        .method(s.text("method", "GET"), body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    s.map("headers").forEach(b::header);
    return b.build();
  }

  private static HttpClient client(boolean insecure, Duration timeout, int concurrency) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timeout)
        .executor(Executors.newFixedThreadPool(Math.min(4, concurrency), r -> {
          Thread t = new Thread(r, "preflight-http-client");
          t.setDaemon(true);
          return t;
        }));
    if (insecure) {
      b.sslContext(TrustEverything.context());
    }
    return b.build();
  }

  /** One request: its status, or why there was none, and how long it took. */
  private record Sample(int status, Throwable failure, double millis, String body,
      Map<String, List<String>> headers) {}

  private static Sample send(HttpClient client, HttpRequest request) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t0) / 1e6;
      return new Sample(r.statusCode(), null, ms, r.body(), r.headers().map());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sample(0, e, 0, null, Map.of());
    } catch (java.io.IOException | RuntimeException e) {
      return new Sample(0, e, 0, null, Map.of());
    }
  }

  private static Observation summarize(Sample[] results, String url, double seconds,
      Duration timeout) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    List<Double> latencies = new ArrayList<>();
    TreeMap<Integer, Integer> byStatus = new TreeMap<>();
    TreeMap<String, Integer> byFailure = new TreeMap<>();
    Sample first = null;
    int errors = 0;
    for (Sample r : results) {
      if (r.failure() != null) {
        errors++;
        byFailure.merge(NetworkErrors.describe(r.failure(), url, timeout), 1, Integer::sum);
        continue;
      }
      first = first == null ? r : first;
      latencies.add(r.millis());
      byStatus.merge(r.status(), 1, Integer::sum);
      if (r.status() < 200 || r.status() >= 400) {
        errors++;
      }
    }
    if (first == null) {
      return Observation.unreachable(byFailure.firstKey());
    }
    int n = results.length;
    Observation.Builder o = Observation.reached();
    o.metric("status", mostFrequent(byStatus));
    o.metric("requests", n);
    o.metric("errors", errors);
    o.metric("error_rate", Percentiles.round(100.0 * errors / n));
    Percentiles p = Percentiles.of(latencies);
    o.metric("p50_ms", p.at(50)).metric("p90_ms", p.at(90)).metric("p95_ms", p.at(95))
        .metric("p99_ms", p.at(99)).metric("max_ms", p.max()).metric("mean_ms", p.mean());
    o.metric("rps", seconds > 0 ? Percentiles.round(n / seconds) : 0);
    String body = first.body() == null ? "" : first.body();
    o.text("body", body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body);
    o.text("headers", headers(first.headers()));
    String statuses = describe(byStatus, byFailure);
    o.rule(errors == 0, errors + " of " + n + (n == 1 ? " request" : " requests")
        + " not answered with 2xx/3xx: " + statuses, "errors", "error_rate", "status");
    o.summary(request(results.length, url) + ": " + statuses);
    return o.build();
  }

  private static String request(int n, String url) {
    return n + (n == 1 ? " request to " : " requests to ") + url;
  }

  private static int mostFrequent(TreeMap<Integer, Integer> byStatus) {
    int best = byStatus.firstKey();
    for (Map.Entry<Integer, Integer> e : byStatus.entrySet()) {
      if (e.getValue() > byStatus.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** {@code 200 ×190, 500 ×10, connection refused ×2}, the most frequent first. */
  private static String describe(Map<Integer, Integer> byStatus, Map<String, Integer> byFailure) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>();
    byStatus.forEach((k, v) -> all.add(Map.entry(String.valueOf(k), v)));
    all.addAll(byFailure.entrySet());
    all.sort((a, b) -> b.getValue() - a.getValue());
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : all) {
      parts.add(e.getKey() + " ×" + e.getValue());
    }
    return String.join(", ", parts);
  }

  private static String headers(Map<String, List<String>> headers) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(headers).forEach((name, values) -> {
      for (String v : values) {
        sb.append(name).append(": ").append(v).append('\n');
      }
    });
    return sb.toString();
  }
}
