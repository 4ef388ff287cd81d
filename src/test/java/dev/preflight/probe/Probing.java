package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a probe as an item would, with settings written inline. */
final class Probing {
  private Probing() {}

  static Settings settings(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      m.put((String) keyValues[i], v instanceof Integer n ? Long.valueOf(n) : v);
    }
    return new Settings(m);
  }

  static Observation observe(Probe probe, Settings s) throws InterruptedException {
    return observe(probe, s, Path.of("."), Map.of(), Clock.systemUTC());
  }

  static Observation observe(Probe probe, Settings s, Path workdir, Map<String, String> env,
      Clock clock) throws InterruptedException {
    return probe.observe(s, new ProbeContext(workdir.toAbsolutePath(), env,
        Duration.ofSeconds(10), clock));
  }

  /** The reasons the probe's own rules give, as an item without conditions would fail. */
  static java.util.List<String> failures(Observation o) {
    return o.implied().stream().map(Observation.Implied::failure)
        .filter(java.util.Objects::nonNull).toList();
  }

  static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
