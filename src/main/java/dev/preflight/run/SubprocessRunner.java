package dev.preflight.run;

import dev.preflight.run.CommandLookup.Unrunnable;
import dev.preflight.run.ProcessOutcome.Exited;
import dev.preflight.run.ProcessOutcome.NotStarted;
import dev.preflight.run.ProcessOutcome.TimedOut;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs a {@link ProcessSpec} as a real subprocess.
 *
 * <p>Defaults: started through {@code setsid} (found in /usr/bin or /bin; without it, as is) so
 * the item leads its own session; exactly the spec's environment; stdin from /dev/null; stdout
 * and stderr captured apart, each in a {@link BoundedCapture} (64 KiB head + 64 KiB tail). On
 * timeout the whole tree is stopped by a {@link ProcessTreeStopper} (2 s grace) and the output so
 * far returned. After an exit, pipes still held open by leftovers get 1 s to close, then the
 * leftovers are stopped and the pipes get 1 s more before the output is taken as it stands.
 * Durations come from {@link System#nanoTime()}; a null timeout waits for ever. Every running
 * tree is in the {@link ProcessRegistry}, so an interrupted run can stop them all; a run stopped
 * that way, or through an interrupt of the calling thread (which stays set), ends as {@code
 * Exited} with the code of the signal (143 or 137).
 */
public final class SubprocessRunner implements ProcessRunner {
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(1);
  private static final Duration FOREVER = Duration.ofDays(36_500);

  private final ProcessRegistry registry;
  private final ProcessTreeStopper stopper;
  private final Optional<Path> setsid;
  private final Duration drain;
  private final LongSupplier nanoTime;
  private final ProcTable table = new ProcTable();

  public SubprocessRunner(ProcessRegistry registry) {
    this(registry, new ProcessTreeStopper(), findSetsid(), DEFAULT_DRAIN, System::nanoTime);
  }

  public SubprocessRunner(ProcessRegistry registry, ProcessTreeStopper stopper,
      Optional<Path> setsid, Duration drain, LongSupplier nanoTime) {
    this.registry = registry;
    this.stopper = stopper;
    this.setsid = setsid;
    this.drain = drain;
    this.nanoTime = nanoTime;
  }

  /** util-linux setsid; macOS has none, and items then share preflight's session. */
  public static Optional<Path> findSetsid() {
    return List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")).stream()
        .filter(Files::isExecutable).findFirst();
  }

  @Override
  public ProcessOutcome run(ProcessSpec spec) {
    long start = nanoTime.getAsLong();
    Process process;
    try {
      process = start(spec);
    } catch (Unrunnable e) {
      return new NotStarted(e.getMessage(), since(start));
    }
    ProcessTree tree = ProcessTree.of(process.toHandle(), setsid.isPresent(), table);
    if (!registry.register(tree)) {
      stopper.stop(tree);
      return new NotStarted("stopped: the run is being interrupted", since(start));
    }
    try {
      return supervise(process, tree, spec.timeout(), start);
    } finally {
      registry.unregister(tree);
    }
  }

  private Process start(ProcessSpec spec) throws Unrunnable {
    Path workdir = spec.workdir() == null ? Path.of("").toAbsolutePath() : spec.workdir();
    if (!Files.isDirectory(workdir)) {
      throw new Unrunnable("workdir does not exist: " + workdir);
    }
    String program = spec.command().isEmpty() ? "" : spec.command().get(0);
    Path resolved = CommandLookup.resolve(program, workdir, spec.environment());
    List<String> argv = new ArrayList<>();
    setsid.ifPresent(s -> argv.add(s.toString()));
    // setsid's execvp searches the child's PATH; Java alone would search the JVM's.
    argv.add(setsid.isPresent() ? program : resolved.toString());
    argv.addAll(spec.command().subList(1, spec.command().size()));
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(workdir.toFile())
        .redirectInput(Redirect.from(new File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(spec.environment());
    try {
      return builder.start();
    } catch (IOException e) { // only a race with the lookup above gets here
      throw Unrunnable.from(program, e);
    }
  }

  private ProcessOutcome supervise(
      Process process, ProcessTree tree, Duration timeout, long start) {
    BoundedCapture stdout = new BoundedCapture();
    BoundedCapture stderr = new BoundedCapture();
    String name = "preflight-" + process.pid();
    List<Thread> pumps = List.of(
        Pump.start(process.getInputStream(), stdout, name + "-stdout"),
        Pump.start(process.getErrorStream(), stderr, name + "-stderr"));
    boolean exited = awaitExit(process, timeout);
    if (!exited && !Thread.currentThread().isInterrupted()) {
      stopper.stop(tree);
      Pump.await(pumps, drain);
      return new TimedOut(stdout.toOutput(), stderr.toOutput(), since(start));
    }
    if (exited) {
      Pump.await(pumps, drain); // leftovers holding the pipes may finish on their own
    }
    stopper.stop(tree); // background jobs and daemons must not outlive the item
    Pump.await(pumps, drain);
    return new Exited(exitCode(process), stdout.toOutput(), stderr.toOutput(), since(start));
  }

  /** False on timeout, and on interrupt (which stays set for the caller). */
  private static boolean awaitExit(Process process, Duration timeout) {
    try {
      if (timeout == null || timeout.compareTo(FOREVER) > 0) {
        process.waitFor();
        return true;
      }
      return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The stopper waits until the tree is dead, but the JDK may not have reaped the root yet. */
  private static int exitCode(Process process) {
    boolean interrupted = Thread.interrupted();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private Duration since(long start) {
    return Duration.ofNanos(nanoTime.getAsLong() - start);
  }
}
