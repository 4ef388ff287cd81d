package dev.preflight.run;

/** The seam around process execution: the only way preflight starts a process. */
public interface ProcessRunner {
  ProcessOutcome run(ProcessSpec spec);

  /**
   * Starts {@code spec} in the background and returns at once; its timeout does not apply. The
   * caller stops it. Runners that cannot do this say so.
   */
  default Background start(ProcessSpec spec) {
    return Background.failed("this runner cannot start background processes");
  }
}
