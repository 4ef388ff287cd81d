package dev.preflight.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The ports behind {@code {{ port.NAME }}}: one free loopback port per name, asked for once and
 * then kept, so every mention of a name agrees. Free when asked: the kernel picks a port no one
 * listens on, and does not hand it out again soon, which is what test harnesses rely on too.
 */
public final class FreePorts {
  static final FreePorts NONE = new FreePorts(() -> -1);

  private final IntSupplier pick;
  private final Map<String, String> chosen = new HashMap<>();

  /** @param pick a free port, or -1 when none can be had */
  public FreePorts(IntSupplier pick) {
    this.pick = pick;
  }

  /** Ports the kernel says are free on 127.0.0.1. */
  public static FreePorts system() {
    return new FreePorts(FreePorts::ephemeral);
  }

  synchronized String port(String name) {
    String port = chosen.get(name);
    if (port == null) {
      int p = pick.getAsInt();
      if (p <= 0) {
        return null;
      }
      port = Integer.toString(p);
      chosen.put(name, port);
    }
    return port;
  }

  private static int ephemeral() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      return -1;
    }
  }
}
