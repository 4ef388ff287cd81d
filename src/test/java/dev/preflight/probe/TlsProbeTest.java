package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the JDK's HttpsServer with certificates keytool makes for each test. */
class TlsProbeTest {
  @TempDir Path dir;

  /** A self-signed certificate for localhost and 127.0.0.1, valid from {@code startDays} on. */
  private Path keystore(String name, int startDays, int validity) throws Exception {
    Path ks = dir.resolve(name + ".p12");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=localhost, O=preflight test", "-ext", "san=dns:localhost,ip:127.0.0.1",
        "-validity", String.valueOf(validity), "-keystore", ks.toString(),
        "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit"));
    if (startDays != 0) {
      cmd.addAll(List.of("-startdate", startDays + "d"));
    }
    run(cmd);
    run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-exportcert", "-rfc", "-alias", "server", "-keystore", ks.toString(), "-storepass",
        "changeit", "-file", dir.resolve(name + ".pem").toString()));
    return ks;
  }

  private static void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private interface Body {
    void with(int port) throws Exception;
  }

  private void serve(Path keystore, Body body) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    HttpsServer server = HttpsServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext("/", e -> {
      e.sendResponseHeaders(204, -1);
      e.close();
    });
    server.start();
    try {
      body.with(server.getAddress().getPort());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void daysLeftAreExactAndTheChainIsTrustedThroughTheCaFile() throws Exception {
    serve(keystore("fresh", 0, 30), port -> {
      Observation o = observe(new TlsProbe(), settings("host", "127.0.0.1", "port", port,
          "ca_file", "fresh.pem"), dir, Map.of(), Clock.systemUTC());
      assertThat(o.unreachable()).isNull();
      // valid for 30 days from a moment ago: 29 whole days and some hours are left
      assertThat(o.metrics()).containsEntry("days_left", 29.0).containsEntry("chain_valid", 1.0)
          .containsEntry("hostname_ok", 1.0);
      assertThat(o.texts().get("subject")).isEqualTo("CN=localhost,O=preflight test");
      assertThat(o.texts().get("protocol")).startsWith("TLSv1.");
      assertThat(failures(o)).isEmpty();

      Observation untrusted = observe(new TlsProbe(), settings("host", "127.0.0.1", "port", port));
      assertThat(untrusted.metrics()).containsEntry("chain_valid", 0.0);
      assertThat(failures(untrusted)).singleElement().asString()
          .startsWith("certificate chain not trusted: ");

      Observation wrongName = observe(new TlsProbe(), settings("host", "127.0.0.1", "port", port,
          "servername", "api.example.com", "ca_file", "fresh.pem"), dir, Map.of(),
          Clock.systemUTC());
      assertThat(wrongName.metrics()).containsEntry("hostname_ok", 0.0);
      assertThat(failures(wrongName)).containsExactly(
          "certificate does not name api.example.com (it names localhost, 127.0.0.1)");
    });
  }

  @Test
  void anExpiredCertificateFails() throws Exception {
    serve(keystore("old", -60, 30), port -> {
      Observation o = observe(new TlsProbe(), settings("host", "127.0.0.1", "port", port,
          "ca_file", "old.pem"), dir, Map.of(), Clock.systemUTC());
      assertThat(o.metrics().get("days_left")).isEqualTo(-31.0);
      assertThat(failures(o)).anyMatch(f -> f.startsWith("certificate expired on "));
    });
  }

  @Test
  void aPortWithoutTlsOrWithoutListenerIsUnreachable() throws Exception {
    int closed = Probing.closedPort();
    assertThat(observe(new TlsProbe(), settings("host", "127.0.0.1", "port", closed))
        .unreachable()).isEqualTo("connection refused: 127.0.0.1:" + closed);
  }
}
