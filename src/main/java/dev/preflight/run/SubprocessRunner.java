package dev.preflight.run;

import dev.preflight.run.CommandLookup.Unrunnable;
import dev.preflight.run.ProcessOutcome.Exited;
import dev.preflight.run.ProcessOutcome.NotStarted;
import dev.preflight.run.ProcessOutcome.TimedOut;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.zeroturnaround.exec.ProcessExecutor;
import org.zeroturnaround.exec.ProcessResult;
import org.zeroturnaround.exec.StartedProcess;
import org.zeroturnaround.exec.stop.ProcessStopper;
import org.zeroturnaround.exec.stream.PumpStreamHandler;
import org.zeroturnaround.exec.stream.StreamPumper;

/**
 * Runs a {@link ProcessSpec} as a real subprocess, through zt-exec: the only class that imports it.
 *
 * <p>Defaults: started through {@code setsid} (found in /usr/bin or /bin; without it, as is) so
 * the item leads its own session; exactly the spec's environment; stdin a pipe closed at once, so
 * a read sees end of file; stdout and stderr captured apart, each in a {@link BoundedCapture}
 * (64 KiB head + 64 KiB tail). On timeout the whole tree is stopped by a {@link
 * ProcessTreeStopper} (2 s grace) and the output so far returned. After an exit, pipes still held
 * open by leftovers get 1 s to close (zt-exec's close timeout), then the leftovers are stopped and
 * the pipes get 1 s more before the output is taken as it stands. Durations come from {@link
 * System#nanoTime()}; a null timeout waits for ever. Every running tree is in the {@link
 * ProcessRegistry}, so an interrupted run can stop them all; a run stopped that way, or through
 * an interrupt of the calling thread (which stays set), ends as {@code Exited} with the code of
 * the signal (143 or 137). A spec's log file gets all the output, closed before {@code run}
 * returns; a log that cannot be written is reported to the log-problem consumer (ignored by
 * default) and never changes the outcome.
 *
 * <p>zt-exec's own timeout and destroy would signal only the process it started: the shell, whose
 * children then live on under init. So the timeout is ours, the stopping is {@link
 * ProcessTreeStopper}'s, and zt-exec gets a {@link ProcessStopper} that stops the tree too, should
 * its wait ever be cancelled.
 */
public final class SubprocessRunner implements ProcessRunner {
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(1);
  private static final Duration FOREVER = Duration.ofDays(36_500);
  private static final int CHUNK = 64 * 1024; // a Linux pipe's capacity; zt-exec reads 1 KiB

  private final ProcessRegistry registry;
  private final ProcessTreeStopper stopper;
  private final Optional<Path> setsid;
  private final Duration drain;
  private final LongSupplier nanoTime;
  private final Consumer<String> logProblems;
  private final ProcTable table = new ProcTable();
  private final Set<String> inherited = Set.copyOf(new ProcessBuilder().environment().keySet());

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
    OutputLog log;
    Pumps pumps;
    StartedProcess started;
    TreeStopper onCancel = new TreeStopper(stopper);
    try {
      List<String> argv = argv(spec, workdir);
      log = OutputLog.open(spec.logFile());
      pumps = new Pumps(new BoundedCapture(), new BoundedCapture(), log, spec.secrets());
      try {
        started = start(spec, argv, workdir, pumps, onCancel);
      } catch (Unrunnable e) {
        log.close();
        throw e;
      }
    } catch (Unrunnable e) {
      return Background.failed(e.getMessage());
    }
    ProcessTree tree = ProcessTree.of(started.getProcess().toHandle(), setsid.isPresent(), table);
    onCancel.tree = tree;
    // A service is stopped while other items still start processes: a spawn helper forked from
    // this JVM holds copies of every pipe for a moment, so the pipe holders are left out here;
    // the service leads its own session, which finds what it started.
    ProcessTree members = new ProcessTree(tree.root(), tree.session(), Set.of(),
        tree.startTicks());
    Runnable stop = () -> {
      stopper.stop(members);
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
    return new StartedBackground(started.getProcess(), stop, pumps.stdout::toOutput,
        pumps.stderr::toOutput);
  }

  private ProcessOutcome execute(
      ProcessSpec spec, List<String> argv, Path workdir, OutputLog log, long start) {
    Pumps pumps = new Pumps(new BoundedCapture(), new BoundedCapture(), log, spec.secrets());
    TreeStopper onCancel = new TreeStopper(stopper);
    StartedProcess started;
    try {
      started = start(spec, argv, workdir, pumps, onCancel);
    } catch (Unrunnable e) {
      return new NotStarted(e.getMessage(), since(start));
    }
    Process process = started.getProcess();
    ProcessTree tree = ProcessTree.of(process.toHandle(), setsid.isPresent(), table);
    onCancel.tree = tree;
    if (!registry.register(tree)) {
      stopper.stop(tree);
      registry.unregister(tree);
      return new NotStarted("stopped: the run is being interrupted", since(start));
    }
    try {
      return supervise(started, tree, pumps, spec.timeout(), start);
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

  private StartedProcess start(ProcessSpec spec, List<String> argv, Path workdir, Pumps pumps,
      ProcessStopper onCancel) throws Unrunnable {
    try {
      return new ProcessExecutor(argv)
          .directory(workdir.toFile())
          .environment(exactly(spec.environment()))
          .streams(pumps) // no input stream given: zt-exec closes the child's stdin at once
          .redirectErrorStream(false)
          .closeTimeout(drain.toNanos(), TimeUnit.NANOSECONDS)
          .stopper(onCancel)
          .exitValueAny()
          .start();
    } catch (IOException e) { // only a race with the lookup above gets here
      // zt-exec rewords the JDK's message; the original names the errno
      throw Unrunnable.from(spec.command().get(0),
          e.getCause() instanceof IOException jdk ? jdk : e);
    }
  }

  /**
   * zt-exec only adds to the JVM's environment, and removes a variable given as null: so every
   * inherited name not in the spec is given as null.
   */
  private Map<String, String> exactly(Map<String, String> environment) {
    Map<String, String> exact = new HashMap<>();
    inherited.forEach(name -> exact.put(name, null));
    exact.putAll(environment);
    return exact;
  }

  private ProcessOutcome supervise(
      StartedProcess started, ProcessTree tree, Pumps pumps, Duration timeout, long start) {
    Process process = started.getProcess();
    Future<ProcessResult> done = started.getFuture(); // exit, then pipes closed or drain passed
    ProcessResult result = null;
    try {
      result = timeout == null || timeout.compareTo(FOREVER) > 0
          ? done.get() : done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (process.isAlive()) {
        stopper.stop(tree);
        pumps.await(drain);
        pumps.release();
        return new TimedOut(
            pumps.stdout.toOutput(), pumps.stderr.toOutput(), since(start));
      }
      result = drained(done); // it exited in time; leftovers are holding the pipes
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stays set for the caller; we stop the tree below
    } catch (ExecutionException e) {
      // closing the pipes failed; the exit code is still the process's
    }
    stopper.stop(tree); // background jobs and daemons must not outlive the item
    pumps.await(drain);
    pumps.release();
    int exitCode = result != null ? result.getExitValue() : exitCode(process);
    return new Exited(exitCode, pumps.stdout.toOutput(), pumps.stderr.toOutput(), since(start));
  }

  /** The result once zt-exec's bounded wait for the pipes is over; null if it cannot be had. */
  private ProcessResult drained(Future<ProcessResult> done) {
    try {
      return done.get(drain.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the exit code is still the process's
    }
    return null;
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

  /** What zt-exec calls when its wait for the process is cancelled: stop the whole tree. */
  private static final class TreeStopper implements ProcessStopper {
    private final ProcessTreeStopper stopper;
    private volatile ProcessTree tree; // known right after start, before anything can cancel

    TreeStopper(ProcessTreeStopper stopper) {
      this.stopper = stopper;
    }

    @Override
    public void stop(Process process) {
      ProcessTree known = tree;
      if (known != null) {
        stopper.stop(known);
      } else {
        process.destroyForcibly();
      }
    }
  }

  /**
   * zt-exec's pumps, reading a pipe's worth at a time into the captures and the log, with a
   * bounded wait for them. The threads are daemons: a pipe held open by an escaped grandchild
   * must not keep the JVM alive after the run, the output being taken already.
   */
  private static final class Pumps extends PumpStreamHandler {
    final BoundedCapture stdout;
    final BoundedCapture stderr;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    Pumps(BoundedCapture stdout, BoundedCapture stderr, OutputLog log, SecretMasker secrets) {
      // masked before capture and log alike, so neither ever holds a secret
      super(secrets.maskingStream(log.alongside(stdout)),
          secrets.maskingStream(log.alongside(stderr)), null);
      this.stdout = stdout;
      this.stderr = stderr;
    }

    /** Passes on what was held back: bytes that might begin a secret, a log line not yet ended. */
    void release() {
      for (OutputStream out : List.of(getOut(), getErr())) {
        try {
          out.close();
        } catch (IOException e) {
          // the captures are in memory and the log reports its own problems
        }
      }
    }

    @Override
    protected Thread createPump(
        InputStream in, OutputStream out, boolean closeWhenExhausted, boolean flushImmediately) {
      Thread thread =
          newThread(new StreamPumper(in, out, closeWhenExhausted, CHUNK, flushImmediately));
      threads.add(thread);
      return thread;
    }

    /** Waits until both pipes reached end of file or {@code limit} passed; true if they did. */
    boolean await(Duration limit) {
      long deadline = System.nanoTime() + limit.toNanos();
      try {
        for (Thread pump : threads) {
          long left = deadline - System.nanoTime();
          if (left > 0) {
            pump.join(Duration.ofNanos(left).toMillis() + 1);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the caller is stopping; output so far will do
      }
      return threads.stream().noneMatch(Thread::isAlive);
    }
  }
}
