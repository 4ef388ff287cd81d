package dev.preflight.testing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server for tests: Debian's python3-aiosmtpd, run by
 * {@code src/test/resources/smtp/sink.py} on an ephemeral loopback port, in plain, STARTTLS
 * or SMTPS mode, with or without a login. It writes every message it accepts to a directory
 * and exits when its standard input closes.
 */
public final class SmtpSink implements AutoCloseable {
  public static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Path SCRIPT = Path.of("src/test/resources/smtp/sink.py");

  private final Process process;
  private final Path out;
  private final int port;

  /** One accepted message and its envelope as the server saw it. */
  public record Received(MimeMessage message, String envelope) {}

  private SmtpSink(Process process, Path out, int port) {
    this.process = process;
    this.out = out;
    this.port = port;
  }

  /** Whether Debian's Python with aiosmtpd is here (.ci/run installs it). */
  public static boolean available() {
    try {
      return new ProcessBuilder(PYTHON.toString(), "-c", "import aiosmtpd").start()
          .waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * @param mode {@code plain}, {@code starttls} or {@code smtps}
   * @param tls null for plain, else the certificate and key (PEM)
   * @param login null, or the user and password the server requires
   */
  public static SmtpSink start(Path dir, String mode, Path[] tls, String[] login)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve("mail-" + mode));
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(),
        SCRIPT.toAbsolutePath().toString(), out.toString(), mode));
    if (tls != null) {
      command.add(tls[0].toString());
      command.add(tls[1].toString());
    }
    if (login != null) {
      command.addAll(List.of(login));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = lines.readLine();
    if (first == null || !first.startsWith("port ")) {
      p.destroyForcibly();
      throw new IOException("smtp sink did not start: " + first);
    }
    return new SmtpSink(p, out, Integer.parseInt(first.substring(5).strip()));
  }

  /** A self-signed certificate for 127.0.0.1 and localhost, made with openssl. */
  public static Path[] certificate(Path dir) throws IOException, InterruptedException {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
        "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("openssl could not make a certificate");
    }
    return new Path[] {cert, key};
  }

  public int port() {
    return port;
  }

  /** Every message accepted so far, in order. */
  public List<Received> messages() throws Exception {
    List<Received> received = new ArrayList<>();
    Session session = Session.getInstance(new Properties());
    for (int n = 0; Files.exists(out.resolve(n + ".eml")); n++) {
      try (InputStream in = Files.newInputStream(out.resolve(n + ".eml"))) {
        received.add(new Received(new MimeMessage(session, in),
            Files.readString(out.resolve(n + ".env"))));
      }
    }
    return received;
  }

  @Override
  public void close() throws IOException {
    process.getOutputStream().close(); // the sink exits when its stdin closes
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
