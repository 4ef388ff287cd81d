package dev.preflight.probe;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of probes by the key that names them in an item (SPEC §3a). Probes are
 * stateless, so one instance of each serves every item, also in parallel.
 */
public final class Probes {
  private static final Map<String, Probe> BY_NAME = index(List.of(
      new HttpProbe(),
      new TlsProbe(),
      new TcpProbe(),
      new PostgresProbe(),
      new RedisProbe(),
      new EnvironmentProbe(),
      new FileProbe(),
      new DiskProbe()));

  private Probes() {}

  public static Optional<Probe> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Every probe's name, sorted. */
  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  private static Map<String, Probe> index(List<Probe> probes) {
    TreeMap<String, Probe> byName = new TreeMap<>();
    for (Probe p : probes) {
      if (byName.put(p.name(), p) != null) {
        throw new IllegalStateException("two probes are named " + p.name());
      }
    }
    return Collections.unmodifiableSortedMap(byName);
  }
}
