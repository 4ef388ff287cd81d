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
 * @param logFile where every byte of stdout and stderr also goes, in arrival order; null for none.
 *     Its directories are created; an existing file is replaced.
 * @param secrets masks secret values in the output before it is captured or logged
 * @param name what the process is for, e.g. the item id; named in its {@link Cookie}
 */
public record ProcessSpec(List<String> command, Path workdir, Map<String, String> environment,
    Duration timeout, Path logFile, SecretMasker secrets, String name) {

  public ProcessSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    name = name == null ? "" : name;
  }

  public ProcessSpec(List<String> command, Path workdir, Map<String, String> environment,
      Duration timeout, Path logFile, SecretMasker secrets) {
    this(command, workdir, environment, timeout, logFile, secrets, "");
  }

  /** Without a log file: the bounded captures are all that is kept. */
  public ProcessSpec(
      List<String> command, Path workdir, Map<String, String> environment, Duration timeout) {
    this(command, workdir, environment, timeout, null, SecretMasker.NONE);
  }

  public ProcessSpec(List<String> command, Path workdir, Map<String, String> environment,
      Duration timeout, Path logFile) {
    this(command, workdir, environment, timeout, logFile, SecretMasker.NONE);
  }
}
