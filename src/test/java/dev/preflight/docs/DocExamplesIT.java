package dev.preflight.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.preflight.testing.Preflight;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complete checklist in the README and docs/ runs, through the packaged jar, against
 * {@code src/test/resources/docs-examples/project} and the tools the README installs: every
 * automated item passes and every manual one waits for its sign-off. A documented command that
 * the real tool rejects (as pytest-cov 4.0 rejects {@code --cov-report=json:…}) fails here.
 */
class DocExamplesIT {
  private static final Path PROJECT = Path.of("src/test/resources/docs-examples/project");
  /** Debian's tools first: the python3 with the pytest plugins is /usr/bin/python3. */
  private static final Map<String, String> ENV =
      Map.of("PATH", "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE", "1");

  private static HttpServer health;

  @BeforeAll
  static void serveHealth() throws IOException {
    health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    health.createContext("/health", exchange -> {
      byte[] body = "{\"status\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    health.start();
  }

  @AfterAll
  static void stopHealth() {
    health.stop(0);
  }

  static List<DocExamplesTest.Example> examples() throws IOException {
    return DocExamplesTest.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runsAgainstTheRealTools(DocExamplesTest.Example example, @TempDir Path dir)
      throws Exception {
    copy(PROJECT, dir);
    // a checklist whose workdir is the directory above it lives one level down, as documented
    Path file = example.yaml().contains("workdir: ..")
        ? dir.resolve("checklists/example.yaml") : dir.resolve("preflight.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, example.yaml(), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> f : example.files().entrySet()) {
      Files.writeString(file.resolveSibling(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    Path report = dir.resolve("report.json");
    List<String> args = new ArrayList<>(List.of("run", dir.relativize(file).toString(),
        "--report", "json=" + report));
    if (example.yaml().contains("{{ base_url }}")) {
      args.addAll(List.of("--var",
          "base_url=http://127.0.0.1:" + health.getAddress().getPort()));
    }

    Preflight.Outcome outcome = Preflight.run(dir, ENV, args.toArray(String[]::new));

    JsonNode run = new ObjectMapper().readTree(report.toFile());
    for (JsonNode item : run.get("items")) {
      // a notify item whose target is not configured waits for a person, like a manual one
      String kind = item.get("kind").asText();
      String expected = kind.equals("manual") || kind.equals("notify") ? "pending" : "pass";
      assertThat(item.get("status").asText())
          .as("%s: item %s (%s)%n%s", example, item.get("id").asText(), item.get("reasons"),
              outcome.stdout())
          .isEqualTo(expected);
    }
    assertThat(outcome.exitCode()).as(outcome.stderr()).isIn(0, 3);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
          target.toFile().setExecutable(Files.isExecutable(source));
        }
      }
    }
  }
}
