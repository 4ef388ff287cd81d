package dev.preflight.run;

import dev.preflight.model.Output;
import java.time.Duration;

/** How a started process ended. */
public sealed interface ProcessOutcome {

  Duration duration();

  /** The process exited by itself. */
  record Exited(int exitCode, Output stdout, Output stderr, Duration duration)
      implements ProcessOutcome {}

  /** The timeout elapsed and the whole process tree was killed; output so far is kept. */
  record TimedOut(Output stdout, Output stderr, Duration duration) implements ProcessOutcome {}

  /**
   * The process could not be started.
   *
   * @param reason e.g. {@code command not found: pytets} or {@code workdir does not exist: x}
   */
  record NotStarted(String reason, Duration duration) implements ProcessOutcome {}
}
