package dev.preflight.probe;

import static dev.preflight.probe.Probing.failures;
import static dev.preflight.probe.Probing.observe;
import static dev.preflight.probe.Probing.settings;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcpAndDiskProbeTest {
  @TempDir Path dir;

  @Test
  void anOpenPortConnectsAndAClosedOneIsRefused() throws Exception {
    try (ServerSocket open = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Observation o = observe(new TcpProbe(), settings("host", "127.0.0.1", "port",
          open.getLocalPort()));
      assertThat(o.unreachable()).isNull();
      assertThat(o.metrics().get("connect_ms")).isNotNegative();
    }
    int closed = Probing.closedPort();
    assertThat(observe(new TcpProbe(), settings("host", "127.0.0.1", "port", closed))
        .unreachable()).isEqualTo("connection refused: 127.0.0.1:" + closed);
    assertThat(observe(new TcpProbe(), settings("host", "no-such-host.invalid", "port", 80))
        .unreachable()).isEqualTo("unknown host: no-such-host.invalid");
  }

  @Test
  void diskSpaceAgreesWithTheFileStore() throws Exception {
    Observation o = observe(new DiskProbe(), settings("path", "."), dir, Map.of(),
        Clock.systemUTC());
    long total = Files.getFileStore(dir).getTotalSpace();
    assertThat(o.metrics()).containsEntry("total_bytes", (double) total);
    assertThat(o.metrics().get("free_percent")).isBetween(0.0, 100.0);
    assertThat(failures(o)).isEmpty();
    assertThat(observe(new DiskProbe(), settings("path", "missing/dir"), dir, Map.of(),
        Clock.systemUTC()).unreachable()).startsWith("no such file or directory: ");
  }
}
