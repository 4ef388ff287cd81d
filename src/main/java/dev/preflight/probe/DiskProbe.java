package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code disk:} the space on the file system holding {@code path}. Free means free to this user
 * (what {@code df} calls available), so a volume whose reserved blocks are all that is left has
 * none. Passes whenever the path exists: judge the figures with {@code expect}.
 */
final class DiskProbe implements Probe {

  @Override
  public String name() {
    return "disk";
  }

  @Override
  public List<Key> keys() {
    return List.of(Key.text("path", true, "path: /var/lib"));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("free_bytes", "free_percent", "total_bytes");
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    Path path = cx.workdir().resolve(s.text("path", "."));
    if (!Files.exists(path)) {
      return Observation.unreachable("no such file or directory: " + path);
    }
    try {
      FileStore store = Files.getFileStore(path);
      long total = store.getTotalSpace();
      long free = store.getUsableSpace();
      double percent = total == 0 ? 0 : 100.0 * free / total;
      return Observation.reached()
          .metric("free_bytes", free)
          .metric("free_percent", Math.round(percent * 100) / 100.0)
          .metric("total_bytes", total)
          .summary(path + ": " + free + " of " + total + " bytes free")
          .build();
    } catch (IOException e) {
      return Observation.unreachable("cannot read the file system of " + path + ": "
          + e.getMessage());
    }
  }
}
