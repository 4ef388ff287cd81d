package dev.preflight.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link Http} on the JDK's client. Redirects are not followed: a webhook that moved should say
 * so rather than have the message re-sent somewhere else without its body. The client is made
 * on the first post: making one sets up TLS, a quarter of a second that a run which sends
 * nothing should not pay.
 */
final class JdkHttp implements Http {
  private HttpClient client;

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // webhooks answer one small request; no h2c
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    }
    return client;
  }

  @Override
  public Answer post(URI url, String contentType, String body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", contentType)
        .header("User-Agent", "preflight")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response =
        client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body());
  }
}
