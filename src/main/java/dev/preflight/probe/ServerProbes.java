package dev.preflight.probe;

import dev.preflight.model.EnvTemplate;
import dev.preflight.model.Settings;
import java.util.List;

/** Checks shared by the probes that find a server by URL or by keys. */
final class ServerProbes {
  private ServerProbes() {}

  static List<Probe.Problem> check(Settings s, List<String> schemes, int port, String example) {
    String url = s.text("url", null);
    if (url == null && !s.has("host")) {
      return List.of(new Probe.Problem("url", "give url: or host:", "e.g. " + example));
    }
    if (url != null && !EnvTemplate.present(url)) {
      try {
        ServerUrl.parse(url, schemes, port);
      } catch (ServerUrl.Invalid e) {
        return List.of(new Probe.Problem("url", e.getMessage(), "e.g. " + example));
      }
    }
    return List.of();
  }
}
