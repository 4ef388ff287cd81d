package dev.preflight.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One process to start.
 *
 * @param command argv; a shell item arrives here as {@code [sh, -c, script]}
 * @param environment the complete environment of the child (not merged with anything)
 */
public record ProcessSpec(
    List<String> command, Path workdir, Map<String, String> environment, Duration timeout) {

  public ProcessSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
