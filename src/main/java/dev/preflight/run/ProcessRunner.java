package dev.preflight.run;

/** The seam around process execution: the only way preflight starts a process. */
public interface ProcessRunner {
  ProcessOutcome run(ProcessSpec spec);
}
