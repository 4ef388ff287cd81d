package dev.preflight.probe;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What a probe may use besides its settings.
 *
 * @param workdir relative paths ({@code file:}, {@code ca_file:}) resolve against it
 * @param environment the run's environment as the item's commands would see it
 * @param timeout how long one attempt at the target may take (a connection, a request)
 */
public record ProbeContext(Path workdir, Map<String, String> environment, Duration timeout,
    Clock clock) {
  public ProbeContext {
    environment = Map.copyOf(environment);
  }

  /** Milliseconds, at least 1, for client libraries that take an int. */
  public int timeoutMillis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }
}
