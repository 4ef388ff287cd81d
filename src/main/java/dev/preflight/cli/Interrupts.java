package dev.preflight.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM during a run: the first asks the run to stop (children killed, reports
 * still written, exit 130); a second one kills what is left and exits at once.
 */
final class Interrupts implements AutoCloseable {
  private final AtomicInteger count = new AtomicInteger();
  private final Runnable stopRun;
  private final Runnable killNow;
  private final java.util.List<Signal> signals = new java.util.ArrayList<>();
  private final java.util.List<sun.misc.SignalHandler> previous = new java.util.ArrayList<>();

  Interrupts(Runnable stopRun, Runnable killNow) {
    this.stopRun = stopRun;
    this.killNow = killNow;
  }

  Interrupts install() {
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal signal = new Signal(name);
        previous.add(Signal.handle(signal, s -> onSignal()));
        signals.add(signal);
      } catch (IllegalArgumentException e) {
        // the platform has no such signal or reserves it; nothing to catch then
      }
    }
    return this;
  }

  private void onSignal() {
    if (count.incrementAndGet() == 1) {
      new Thread(stopRun, "preflight-interrupt").start();
    } else {
      killNow.run();
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
  }
}
