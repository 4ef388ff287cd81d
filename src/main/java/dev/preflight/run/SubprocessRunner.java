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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a {@link ProcessSpec} as a real subprocess, with the JDK's {@link ProcessBuilder}.
 *
 * <p>Defaults: started through {@code setsid} (found in /usr/bin or /bin; without it, as is) so
 * the item leads its own session, away from the terminal; exactly the spec's environment plus
 * the start's {@link Cookie}; stdin /dev/null, so a read sees end of file; stdout and stderr
 * captured apart by {@link Pumps}, each in a {@link BoundedCapture} (64 KiB head + 64 KiB tail).
 * On timeout the whole tree is stopped by a {@link ProcessTreeStopper} (2 s grace) and the output
 * so far returned. After an exit, pipes still held open by leftovers get 1 s to close, then the
 * leftovers are stopped and the pipes get 1 s more before the output is taken as it stands; and
 * whatever the item left running without holding its pipes (a background job writing to a file,
 * a double-forked daemon) is stopped before {@code run} returns. Durations come from {@link
 * System#nanoTime()}; a null timeout waits for ever. Every running tree is in the {@link
 * ProcessRegistry}, so an interrupted run can stop them all; a run stopped that way, or through
 * an interrupt of the calling thread (which stays set), ends as {@code Exited} with the code of
 * the signal (143 or 137). A spec's log file gets all the output, closed before {@code run}
 * returns; a log that cannot be written is reported to the log-problem consumer (ignored by
 * default) and never changes the outcome.
 *
 * <p>The JDK alone would signal only the process it started, the shell, whose children then live
 * on under init; so the timeout and the stopping are ours. Pumps run on a pool shared by all
 * starts, of daemon threads: a pipe held by an escaped grandchild must not keep the JVM alive.
 */
public final class SubprocessRunner implements ProcessRunner {
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(1);
  private static final Duration FOREVER = Duration.ofDays(36_500);
  private static final File NO_INPUT = new File("/dev/null");

  private final ProcessRegistry registry;
  private final ProcessTreeStopper stopper;
  private final Optional<Path> setsid;
  private final Duration drain;
  private final LongSupplier nanoTime;
  private final Consumer<String> logProblems;
  private final ProcTable table = new ProcTable();
  private final ExecutorService pumpThreads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "preflight-pump");
    thread.setDaemon(true);
    return thread;
  });

  public SubprocessRunner(ProcessRegistry registry) {
    this(registry, problem -> {});
  }

  /**
   * @param logProblems told, once per item, why its log file is incomplete: one line naming the
   *     file, e.g. {@code cannot write log .preflight/logs/x.log: No space left on device}
   */
  public SubprocessRunner(ProcessRegistry registry, Consumer<String> logProblems) {
    this(registry, new ProcessTreeStopper(), findSetsid(), DEFAULT_DRAIN, System::nanoTime,
        logProblems);
  }

  public SubprocessRunner(ProcessRegistry registry, ProcessTreeStopper stopper,
      Optional<Path> setsid, Duration drain, LongSupplier nanoTime) {
    this(registry, stopper, setsid, drain, nanoTime, problem -> {});
  }

  public SubprocessRunner(ProcessRegistry registry, ProcessTreeStopper stopper,
      Optional<Path> setsid, Duration drain, LongSupplier nanoTime,
      Consumer<String> logProblems) {
    this.registry = registry;
    this.stopper = stopper;
    this.setsid = setsid;
    this.drain = drain;
    this.nanoTime = nanoTime;
    this.logProblems = logProblems;
  }

  /** util-linux setsid; macOS has none, and items then share preflight's session. */
  public static Optional<Path> findSetsid() {
    return List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid")).stream()
        .filter(Files::isExecutable).findFirst();
  }

  @Override
  public ProcessOutcome run(ProcessSpec spec) {
    long start = nanoTime.getAsLong();
    Path workdir = spec.workdir() == null ? Path.of("").toAbsolutePath() : spec.workdir();
    List<String> argv;
    try {
      argv = argv(spec, workdir);
    } catch (Unrunnable e) {
      return new NotStarted(e.getMessage(), since(start));
    }
    if (registry.stopping()) {
      return interrupted(start);
    }
    OutputLog log = OutputLog.open(spec.logFile());
    try {
      return execute(spec, argv, workdir, log, start);
    } finally {
      log.close(); // on every path: exit, timeout, stop, failure to start
      log.problem().ifPresent(logProblems);
    }
  }

  /**
   * Starts a service: as {@link #run} starts an item (session, exact environment, masking, log),
   * but returns once it started. Its tree is registered, so an interrupted run stops it too.
   */
  @Override
  public Background start(ProcessSpec spec) {
    Path workdir = spec.workdir() == null ? Path.of("").toAbsolutePath() : spec.workdir();
    Cookie cookie = registry.cookie(spec.name());
    OutputLog log;
    Process process;
    try {
      List<String> argv = argv(spec, workdir);
      log = OutputLog.open(spec.logFile());
      try {
        process = start(spec, argv, workdir, cookie);
      } catch (Unrunnable e) {
        log.close();
        throw e;
      }
    } catch (Unrunnable e) {
      return Background.failed(e.getMessage());
    }
    ProcessTree tree = ProcessTree.of(process.toHandle(), cookie, table);
    Pumps pumps = new Pumps(log, spec.secrets());
    pumps.start(process, pumpThreads);
    Runnable stop = () -> {
      stopper.stop(tree);
      pumps.await(drain);
      pumps.release();
      registry.unregister(tree);
      log.close();
      log.problem().ifPresent(logProblems);
    };
    if (!registry.register(tree)) {
      stop.run();
      return Background.failed("stopped: the run is being interrupted");
    }
    return new StartedBackground(process, stop, pumps.stdout::toOutput, pumps.stderr::toOutput);
  }

  private ProcessOutcome execute(
      ProcessSpec spec, List<String> argv, Path workdir, OutputLog log, long start) {
    Cookie cookie = registry.cookie(spec.name());
    Process process;
    try {
      process = start(spec, argv, workdir, cookie);
    } catch (Unrunnable e) {
      return new NotStarted(e.getMessage(), since(start));
    }
    ProcessTree tree = ProcessTree.of(process.toHandle(), cookie, table);
    Pumps pumps = new Pumps(log, spec.secrets());
    pumps.start(process, pumpThreads);
    if (!registry.register(tree)) {
      stopper.stop(tree);
      pumps.await(drain);
      pumps.release();
      return interrupted(start);
    }
    try {
      return supervise(process, tree, pumps, spec.timeout(), start);
    } finally {
      registry.unregister(tree);
    }
  }

  private List<String> argv(ProcessSpec spec, Path workdir) throws Unrunnable {
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
    return argv;
  }

  private static Process start(ProcessSpec spec, List<String> argv, Path workdir, Cookie cookie)
      throws Unrunnable {
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(workdir.toFile())
        .redirectInput(Redirect.from(NO_INPUT));
    Map<String, String> environment = builder.environment();
    environment.clear();
    environment.putAll(spec.environment());
    environment.put(Cookie.VARIABLE, cookie.value()); // ours, whatever the spec says
    try {
      return builder.start();
    } catch (IOException e) { // only a race with the lookup above gets here
      throw Unrunnable.from(spec.command().get(0), e);
    }
  }

  private ProcessOutcome supervise(
      Process process, ProcessTree tree, Pumps pumps, Duration timeout, long start) {
    boolean exited = false;
    try {
      if (timeout == null || timeout.compareTo(FOREVER) > 0) {
        process.waitFor();
        exited = true;
      } else {
        exited = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      if (!exited) {
        stopper.stop(tree);
        pumps.await(drain);
        pumps.release();
        return new TimedOut(pumps.stdout.toOutput(), pumps.stderr.toOutput(), since(start));
      }
      pumps.await(drain); // a leftover may still hold the pipes, and print for a moment more
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stays set for the caller; we stop the tree below
    }
    stopper.stop(tree); // background jobs and daemons must not outlive the item
    pumps.await(drain);
    pumps.release();
    int exitCode = exited ? process.exitValue() : exitCode(process);
    return new Exited(exitCode, pumps.stdout.toOutput(), pumps.stderr.toOutput(), since(start));
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

  private NotStarted interrupted(long start) {
    return new NotStarted("stopped: the run is being interrupted", since(start));
  }

  private Duration since(long start) {
    return Duration.ofNanos(nanoTime.getAsLong() - start);
  }
}
