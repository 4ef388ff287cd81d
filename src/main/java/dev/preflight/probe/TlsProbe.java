package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@code tls:} completes a TLS handshake with {@code host:port} (javax.net.ssl, SNI = {@code
 * servername}, default the host) and judges the server's certificate apart from the handshake:
 * the chain against the JDK's trusted roots or the PEM {@code ca_file}, the name against the
 * certificate's subject alternative names (then its CN), the expiry against the clock.
 *
 * <p>{@code days_left} is whole days until the leaf certificate expires, rounded down, so a
 * certificate that expires in 29 days and 23 hours has 29; negative once expired.
 */
final class TlsProbe implements Probe {

  @Override
  public String name() {
    return "tls";
  }

  @Override
  public List<Key> keys() {
    return List.of(
        Key.text("host", true, "host: api.example.com"),
        Key.of("port", Key.Type.NUMBER, "port: 443"),
        Key.text("servername", false, "servername: api.example.com"),
        Key.text("ca_file", false, "ca_file: certs/ca.pem"));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("days_left", "chain_valid", "hostname_ok");
  }

  @Override
  public Set<String> textSubjects() {
    return Set.of("subject", "issuer", "protocol");
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) throws InterruptedException {
    String host = s.text("host", "");
    int port = (int) s.number("port", 443);
    String name = s.text("servername", host);
    String target = host + ":" + port;
    X509TrustManager judge;
    try {
      judge = trustManager(s.text("ca_file", null), cx.workdir());
    } catch (IOException | GeneralSecurityException e) {
      return Observation.unreachable("cannot read ca_file " + s.text("ca_file", "") + ": "
          + e.getMessage());
    }
    Recorder recorder = new Recorder();
    String protocol;
    try (SSLSocket socket = handshake(host, port, name, recorder, cx.timeoutMillis())) {
      protocol = socket.getSession().getProtocol();
    } catch (IOException | GeneralSecurityException e) {
      return Observation.unreachable(NetworkErrors.describe(e, target, cx.timeout()));
    }
    X509Certificate[] chain = recorder.chain;
    if (chain == null || chain.length == 0) {
      return Observation.unreachable("TLS handshake with " + target + " showed no certificate");
    }
    X509Certificate leaf = chain[0];
    String chainProblem = null;
    try {
      judge.checkServerTrusted(chain, recorder.authType);
    } catch (CertificateException e) {
      chainProblem = e.getMessage();
    }
    boolean nameOk = HostnameMatch.matches(leaf, name);
    Instant now = cx.clock().instant();
    long daysLeft = Math.floorDiv(Duration.between(now, leaf.getNotAfter().toInstant())
        .toSeconds(), 86_400);
    Observation.Builder o = Observation.reached()
        .metric("days_left", daysLeft)
        .metric("chain_valid", chainProblem == null ? 1 : 0)
        .metric("hostname_ok", nameOk ? 1 : 0)
        .text("subject", leaf.getSubjectX500Principal().getName())
        .text("issuer", leaf.getIssuerX500Principal().getName())
        .text("protocol", protocol);
    o.rule(chainProblem == null, "certificate chain not trusted: " + chainProblem,
        "chain_valid");
    o.rule(nameOk, "certificate does not name " + name + " (it names "
        + String.join(", ", HostnameMatch.names(leaf)) + ")", "hostname_ok");
    o.rule(now.isBefore(leaf.getNotAfter().toInstant()),
        "certificate expired on " + leaf.getNotAfter().toInstant(), "days_left");
    o.summary(target + " " + protocol + ", " + leaf.getSubjectX500Principal().getName()
        + ", expires " + leaf.getNotAfter().toInstant() + " (" + daysLeft + " days left)");
    return o.build();
  }

  private static SSLSocket handshake(String host, int port, String name, Recorder recorder,
      int timeoutMillis) throws IOException, GeneralSecurityException {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, new TrustManager[] {recorder}, null);
    SSLSocket socket = (SSLSocket) ctx.getSocketFactory().createSocket();
    try {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      if (!name.isEmpty() && !isAddress(name)) {
        SSLParameters params = socket.getSSLParameters();
        params.setServerNames(List.of(new SNIHostName(name)));
        socket.setSSLParameters(params);
      }
      socket.startHandshake();
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  private static boolean isAddress(String name) {
    return name.matches("[0-9.]+") || name.contains(":");
  }

  /** The JDK's trusted roots, or only the certificates in {@code caFile}. */
  private static X509TrustManager trustManager(String caFile, Path workdir)
      throws IOException, GeneralSecurityException {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    if (caFile == null) {
      tmf.init((KeyStore) null);
    } else {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      try (InputStream in = Files.newInputStream(workdir.resolve(caFile))) {
        int i = 0;
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          store.setCertificateEntry("ca-" + i++, c);
        }
        if (i == 0) {
          throw new CertificateException("no certificate in it");
        }
      }
      tmf.init(store);
    }
    for (TrustManager tm : tmf.getTrustManagers()) {
      if (tm instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager");
  }

  /** Accepts whatever the server shows, and keeps it to be judged after the handshake. */
  private static final class Recorder extends javax.net.ssl.X509ExtendedTrustManager {
    volatile X509Certificate[] chain;
    volatile String authType = "UNKNOWN";

    private void record(X509Certificate[] c, String type) {
      chain = c.clone();
      authType = type;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] c, String type) {
      record(c, type);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] c, String type, java.net.Socket s) {
      record(c, type);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] c, String type, javax.net.ssl.SSLEngine e) {
      record(c, type);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] c, String type) {}

    @Override
    public void checkClientTrusted(X509Certificate[] c, String type, java.net.Socket s) {}

    @Override
    public void checkClientTrusted(X509Certificate[] c, String type, javax.net.ssl.SSLEngine e) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
