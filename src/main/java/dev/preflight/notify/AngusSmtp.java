package dev.preflight.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * {@link Smtp} on Eclipse Angus Mail (Jakarta Mail), the only class that imports it. The mail
 * is {@code multipart/alternative}: a text/plain part, then the text/html part that clients
 * which can show HTML prefer.
 *
 * <p>TLS: {@code smtps://} is TLS from the first byte; otherwise STARTTLS is used when the
 * server offers it and required when {@code starttls: true} or a login is given, so a password
 * never crosses the network in clear. The server's certificate is always verified, host name
 * included; {@code ca_file} replaces the system's trusted certificates, as curl's
 * {@code --cacert} does.
 */
final class AngusSmtp implements Smtp {

  @Override
  public String send(Destination.Mail to, Content content, Duration timeout)
      throws NotifyFailure {
    try {
      Session session = Session.getInstance(properties(to, timeout));
      MimeMessage mail = message(session, to, content);
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect(to.host(), to.port(), to.user(), to.password());
        transport.sendMessage(mail, mail.getAllRecipients());
        String reply = transport instanceof org.eclipse.angus.mail.smtp.SMTPTransport smtp
            ? smtp.getLastServerResponse() : null;
        return reply == null || reply.isBlank() ? "accepted" : reply.strip();
      }
    } catch (AuthenticationFailedException e) {
      throw new NotifyFailure("login refused: " + oneLine(e), false);
    } catch (MessagingException e) {
      throw new NotifyFailure(oneLine(e), !permanent(e));
    } catch (IOException | GeneralSecurityException e) {
      throw new NotifyFailure("cannot use ca_file " + to.caFile() + ": " + e.getMessage(), false);
    }
  }

  private static Properties properties(Destination.Mail to, Duration timeout)
      throws IOException, GeneralSecurityException {
    String millis = String.valueOf(Math.max(1, timeout.toMillis()));
    Properties p = new Properties();
    p.put("mail.smtp.host", to.host());
    p.put("mail.smtp.port", String.valueOf(to.port()));
    p.put("mail.smtp.from", bare(to.from()));
    p.put("mail.smtp.auth", String.valueOf(to.user() != null));
    p.put("mail.smtp.ssl.enable", String.valueOf(to.ssl()));
    p.put("mail.smtp.starttls.enable", String.valueOf(!to.ssl()
        && !Boolean.FALSE.equals(to.starttls())));
    p.put("mail.smtp.starttls.required", String.valueOf(!to.ssl() && to.requiresTls()));
    p.put("mail.smtp.ssl.checkserveridentity", "true");
    p.put("mail.smtp.connectiontimeout", millis);
    p.put("mail.smtp.timeout", millis);
    p.put("mail.smtp.writetimeout", millis);
    if (to.caFile() != null) {
      p.put("mail.smtp.ssl.socketFactory", trusting(to.caFile()));
    }
    return p;
  }

  private static MimeMessage message(Session session, Destination.Mail to, Content content)
      throws MessagingException {
    MimeMessage mail = new MimeMessage(session);
    mail.setFrom(new InternetAddress(to.from()));
    mail.setRecipients(RecipientType.TO, InternetAddress.parse(String.join(",", to.to())));
    mail.setSubject(content.subject(), "UTF-8");
    mail.setSentDate(new Date());
    mail.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no vacation replies, please
    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    mail.setContent(alternative);
    mail.saveChanges();
    return mail;
  }

  /** A socket factory that trusts exactly the certificates in a PEM file. */
  private static SSLSocketFactory trusting(Path caFile)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(caFile)) {
      int n = 0;
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + n++, c);
      }
      if (n == 0) {
        throw new IOException("no certificate in it");
      }
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls.getSocketFactory();
  }

  /**
   * A 5xx reply, a certificate that is not trusted or a server without the TLS we require is
   * the final word; anything else (4xx, no connection, no answer) may pass on another try.
   */
  private static boolean permanent(MessagingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof javax.net.ssl.SSLHandshakeException) {
        return true;
      }
    }
    String text = oneLine(e);
    return text.matches("^5\\d\\d\\b.*") || text.contains("STARTTLS is required");
  }

  /** The exception and its causes in one line: the server's reply is usually in there. */
  private static String oneLine(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 300; t = t.getCause()) {
      String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      m = m.replaceAll("\\s+", " ").strip();
      if (!m.isEmpty() && out.indexOf(m) < 0) {
        out.append(out.length() == 0 ? "" : ": ").append(m);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return out.toString();
  }

  /** The address without a display name, for the envelope sender. */
  private static String bare(String address) {
    int open = address.lastIndexOf('<');
    int close = address.lastIndexOf('>');
    return open >= 0 && close > open ? address.substring(open + 1, close).strip()
        : address.strip();
  }
}
