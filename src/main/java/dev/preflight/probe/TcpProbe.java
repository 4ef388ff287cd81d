package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Set;

/** {@code tcp:} opens a TCP connection to {@code host:port} and closes it; nothing is sent. */
final class TcpProbe implements Probe {

  @Override
  public String name() {
    return "tcp";
  }

  @Override
  public List<Key> keys() {
    return List.of(
        Key.text("host", true, "host: 127.0.0.1"),
        new Key("port", Key.Type.NUMBER, true, "port: 5432"));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("connect_ms");
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    String target = s.text("host", "") + ":" + s.number("port", 0);
    long t0 = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(s.text("host", ""), (int) s.number("port", 0)),
          cx.timeoutMillis());
    } catch (IOException | IllegalArgumentException e) {
      return Observation.unreachable(NetworkErrors.describe(e, target, cx.timeout()));
    }
    double ms = Percentiles.round((System.nanoTime() - t0) / 1e6);
    return Observation.reached().metric("connect_ms", ms)
        .summary("connected to " + target).build();
  }
}
