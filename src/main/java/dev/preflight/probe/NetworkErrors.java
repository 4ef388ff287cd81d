package dev.preflight.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a target could not be reached, in a network engineer's words: {@code connection refused:
 * 127.0.0.1:5432}, {@code unknown host: db.internal}, {@code no answer within 10s}.
 */
final class NetworkErrors {
  private NetworkErrors() {}

  static String describe(Throwable e, String target, java.time.Duration timeout) {
    Throwable cause = root(e);
    if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
      return "unknown host: " + host(target);
    }
    if (cause instanceof HttpConnectTimeoutException
        || cause instanceof SocketTimeoutException && String.valueOf(cause.getMessage())
            .toLowerCase(java.util.Locale.ROOT).contains("connect")) {
      return "no connection within " + dev.preflight.expect.Durations.format(timeout) + ": "
          + target;
    }
    if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
      return "no answer within " + dev.preflight.expect.Durations.format(timeout) + ": " + target;
    }
    if (cause instanceof ConnectException) {
      return "connection refused: " + target;
    }
    if (cause instanceof NoRouteToHostException) {
      return "no route to host: " + target;
    }
    if (cause instanceof SSLException) {
      return "TLS handshake with " + target + " failed: " + message(cause);
    }
    if (cause instanceof IOException && "Connection reset".equals(cause.getMessage())) {
      return "connection reset by " + target;
    }
    return message(cause) + ": " + target;
  }

  /** The most telling exception of the chain: a known network failure, else the deepest. */
  private static Throwable root(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException
          || t instanceof ConnectException || t instanceof SocketTimeoutException
          || t instanceof HttpTimeoutException || t instanceof NoRouteToHostException
          || t instanceof SSLException) {
        return t;
      }
      for (Throwable s : t.getSuppressed()) { // Jedis keeps each address it tried here
        Throwable known = root(s);
        if (known != s || known instanceof IOException) {
          return known;
        }
      }
      if (t.getMessage() != null) {
        deepest = t;
      }
    }
    return deepest;
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static String host(String target) {
    int colon = target.lastIndexOf(':');
    String hostPort = target.replaceFirst("^[a-z]+://", "");
    int slash = hostPort.indexOf('/');
    hostPort = slash < 0 ? hostPort : hostPort.substring(0, slash);
    colon = hostPort.lastIndexOf(':');
    return colon < 0 ? hostPort : hostPort.substring(0, colon);
  }
}
