package dev.preflight.probe;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A TLS context that accepts any certificate: for {@code insecure: true}, where the user asked
 * for the check to be about the answer, not the certificate (the tls probe judges that).
 */
final class TrustEverything extends X509ExtendedTrustManager {
  private TrustEverything() {}

  static SSLContext context() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new TrustEverything()}, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no TLS", e);
    }
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {}

  // the extended checks too: the JDK would otherwise add a hostname check around a plain one
  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e) {}

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e) {}

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
