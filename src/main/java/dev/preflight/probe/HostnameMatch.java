package dev.preflight.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a certificate names a host, as browsers decide (RFC 6125): DNS names and IP addresses
 * among the subject alternative names, a {@code *.} wildcard for exactly one leftmost label; the
 * subject's CN only when the certificate has no DNS or IP names at all.
 */
final class HostnameMatch {
  private static final int DNS = 2;
  private static final int IP = 7;

  private HostnameMatch() {}

  static boolean matches(X509Certificate cert, String host) {
    String wanted = host.toLowerCase(Locale.ROOT);
    boolean literal = wanted.matches("[0-9.]+") || wanted.contains(":");
    List<String> dns = alternativeNames(cert, DNS);
    List<String> ips = alternativeNames(cert, IP);
    if (literal) {
      return ips.stream().anyMatch(ip -> sameAddress(ip, wanted));
    }
    if (dns.isEmpty() && ips.isEmpty()) {
      String cn = commonName(cert);
      return cn != null && dnsMatch(cn.toLowerCase(Locale.ROOT), wanted);
    }
    return dns.stream().anyMatch(d -> dnsMatch(d.toLowerCase(Locale.ROOT), wanted));
  }

  /** The names it does carry, for the reason when none matches. */
  static List<String> names(X509Certificate cert) {
    List<String> all = new ArrayList<>(alternativeNames(cert, DNS));
    all.addAll(alternativeNames(cert, IP));
    if (all.isEmpty() && commonName(cert) != null) {
      all.add(commonName(cert));
    }
    return all.isEmpty() ? List.of("no name") : all;
  }

  private static boolean dnsMatch(String pattern, String host) {
    if (pattern.startsWith("*.")) {
      int dot = host.indexOf('.');
      return dot > 0 && host.substring(dot).equals(pattern.substring(1));
    }
    return pattern.equals(host);
  }

  private static boolean sameAddress(String a, String b) {
    try {
      return InetAddress.getByName(a).equals(InetAddress.getByName(b));
    } catch (UnknownHostException e) {
      return false; // both are literals: no lookup happens, and a bad one matches nothing
    }
  }

  private static List<String> alternativeNames(X509Certificate cert, int type) {
    List<String> out = new ArrayList<>();
    try {
      Collection<List<?>> names = cert.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> entry : names) {
          if (entry.size() >= 2 && entry.get(0) instanceof Integer t && t == type) {
            out.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // an unreadable extension names nothing
    }
    return out;
  }

  private static String commonName(X509Certificate cert) {
    try {
      for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return String.valueOf(rdn.getValue());
        }
      }
    } catch (InvalidNameException e) {
      return null;
    }
    return null;
  }
}
