package dev.preflight.run;

import dev.preflight.model.Output;
import java.util.function.Supplier;

/** A {@link Background} that started: its process, and how to stop it and everything it began. */
final class StartedBackground implements Background {
  private final Process process;
  private final Runnable stopTree;
  private final Supplier<Output> stdout;
  private final Supplier<Output> stderr;
  private boolean stopped;

  StartedBackground(Process process, Runnable stopTree, Supplier<Output> stdout,
      Supplier<Output> stderr) {
    this.process = process;
    this.stopTree = stopTree;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public String notStarted() {
    return null;
  }

  @Override
  public boolean alive() {
    return process.isAlive();
  }

  @Override
  public Integer exitCode() {
    return process.isAlive() ? null : process.exitValue();
  }

  @Override
  public Output stdout() {
    return stdout.get();
  }

  @Override
  public Output stderr() {
    return stderr.get();
  }

  @Override
  public synchronized void stop() {
    if (!stopped) {
      stopped = true;
      stopTree.run();
    }
  }
}
