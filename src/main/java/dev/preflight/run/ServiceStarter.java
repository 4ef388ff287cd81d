package dev.preflight.run;

import dev.preflight.expect.Durations;
import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.Status;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a {@code service:} item in the background and waits until it is ready: its URL answers
 * 2xx/3xx, its port takes a connection, or its output shows the text. Checks every 100 ms, each
 * check bounded by 1 s. Without {@code ready:}, a service is ready once it kept running for 1 s,
 * so one that cannot start at all (a missing binary) still fails. A service that exits first, or
 * is not ready within its {@code ready_timeout}, fails with its exit code and last output, its
 * tree stopped.
 */
final class ServiceStarter {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final int CHECK_MILLIS = 1000;
  private static final Duration SETTLE = Duration.ofSeconds(1);

  private final ProcessRunner processes;
  private final Map<String, String> baseEnvironment;
  private final List<String> declaredSecrets;
  private final LogFiles logs;
  private final Clock clock;

  ServiceStarter(ProcessRunner processes, Map<String, String> baseEnvironment,
      List<String> declaredSecrets, LogFiles logs, Clock clock) {
    this.processes = processes;
    this.baseEnvironment = baseEnvironment;
    this.declaredSecrets = declaredSecrets;
    this.logs = logs;
    this.clock = clock;
  }

  RunningService start(Item item) throws InterruptedException {
    Check.Service service = (Check.Service) item.check();
    Map<String, String> env = new HashMap<>(baseEnvironment);
    env.putAll(item.env());
    SecretMasker secrets = SecretMasker.from(env, declaredSecrets);
    Path log = logs.file(item, 1);
    Instant startedAt = clock.instant();
    long t0 = System.nanoTime();
    Background bg = processes.start(new ProcessSpec(command(service.command()), item.workdir(),
        env, null, log, secrets, item.id()));
    String shownLog = logs.shown(log);
    if (bg.notStarted() != null) {
      return RunningService.failed(ItemResult.notRun(item, Status.ERROR, bg.notStarted())
          .withTiming(startedAt, since(t0)));
    }
    long deadline = t0 + service.readyTimeout().toNanos();
    HttpClient http = service.ready().how().equals("http") ? HttpClient.newBuilder()
        .connectTimeout(Duration.ofMillis(CHECK_MILLIS)).build() : null;
    while (true) {
      if (!bg.alive()) {
        bg.stop();
        return RunningService.failed(ended(item, bg, startedAt, since(t0), shownLog,
            "exited with code " + bg.exitCode() + " before it was ready"));
      }
      if (ready(service.ready(), bg, http, since(t0))) {
        return new RunningService(item, bg, startedAt, t0, since(t0), shownLog, secrets);
      }
      if (System.nanoTime() > deadline) {
        bg.stop();
        return RunningService.failed(ended(item, bg, startedAt, since(t0), shownLog,
            "not ready within " + Durations.format(service.readyTimeout()) + " ("
                + describe(service.ready()) + "); its process tree was stopped"));
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** A failed start: the reason, a missing command named plainly, the output kept. */
  static ItemResult ended(Item item, Background bg, Instant startedAt, Duration took,
      String log, String reason) {
    Integer code = bg.exitCode();
    String notRunnable = code == null ? null : ExitReasons.notRunnable(
        new ProcessOutcome.Exited(code, bg.stdout(), bg.stderr(), took));
    Status status = notRunnable != null ? Status.ERROR : Status.FAIL;
    return new ItemResult(item, status, startedAt, took, code, 1, Map.of(),
        List.of(notRunnable != null ? notRunnable : reason), bg.stdout(), bg.stderr(), log);
  }

  private static boolean ready(Check.Ready ready, Background bg, HttpClient http, Duration up)
      throws InterruptedException {
    return switch (ready.how()) {
      case "tcp" -> connects(ready.target());
      case "http" -> answers(http, ready.target());
      case "log" -> text(bg.stdout()).contains(ready.target())
          || text(bg.stderr()).contains(ready.target());
      default -> up.compareTo(SETTLE) >= 0;
    };
  }

  private static String text(Output o) {
    return o == null ? "" : o.text();
  }

  private static boolean connects(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(hostPort.substring(0, colon).replaceAll("^\\[|]$", ""),
          Integer.parseInt(hostPort.substring(colon + 1))), CHECK_MILLIS);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean answers(HttpClient http, String url) throws InterruptedException {
    try {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofMillis(CHECK_MILLIS)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() >= 200 && r.statusCode() < 400;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  static String describe(Check.Ready ready) {
    return switch (ready.how()) {
      case "tcp" -> "no connection to " + ready.target();
      case "http" -> "no 2xx/3xx answer from " + dev.preflight.probe.Redact.url(ready.target());
      case "log" -> "its output never showed \"" + ready.target() + "\"";
      default -> "never started";
    };
  }

  private static List<String> command(Check c) {
    return c instanceof Check.Script s ? List.of(s.shell().executable(), "-c", s.script())
        : ((Check.Argv) c).argv();
  }

  private static Duration since(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
