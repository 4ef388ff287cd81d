package dev.preflight.notify;

import dev.preflight.model.Notification;
import dev.preflight.model.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Tells the checklist's top-level {@code notify:} targets about a finished run. Targets are
 * told at once, each within its own timeout, so the run waits for the slowest of them and no
 * longer. What happens never changes the verdict: the caller only prints the lines.
 */
public final class RunNotifier {

  /** {@code --notify}: never send, send to every target, or let each target's {@code when} say. */
  public enum Mode {
    NEVER, ALWAYS, AUTO;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What became of one target, for one line of the run's output. */
  public record Sent(String target, boolean accepted, boolean configured, String answer) {
    /** {@code notified slack hooks.slack.com: 200 ok}, or why not. */
    public String line() {
      if (!configured) {
        return "notify: " + target + " not sent: " + answer;
      }
      return accepted ? "notify: sent to " + target + " (" + answer + ")"
          : "notify: " + target + " failed: " + answer;
    }
  }

  private final Delivery delivery;

  public RunNotifier(Delivery delivery) {
    this.delivery = delivery;
  }

  /** The targets that hear about a run with this verdict. */
  public static List<Notification> chosen(List<Notification> all, Mode mode, String verdict) {
    return switch (mode) {
      case NEVER -> List.of();
      case ALWAYS -> all;
      case AUTO -> all.stream().filter(n -> n.when().contains(verdict)).toList();
    };
  }

  /**
   * @param env the run's environment, where {@code {{ env.NAME }}} is looked up
   * @param mask the run's secret mask
   */
  public List<Sent> notify(RunResult run, List<Notification> targets, Map<String, String> env,
      UnaryOperator<String> mask) throws InterruptedException {
    Message message = Message.of(run, Links.of(env), mask);
    ExecutorService senders = Executors.newCachedThreadPool(task -> {
      Thread t = new Thread(task, "preflight-notify-run");
      t.setDaemon(true);
      return t;
    });
    try {
      List<CompletableFuture<Sent>> pending = new ArrayList<>();
      for (Notification n : targets) {
        pending.add(send(message, n, env, mask, senders));
      }
      List<Sent> sent = new ArrayList<>();
      for (CompletableFuture<Sent> p : pending) {
        try {
          sent.add(p.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return sent;
    } finally {
      senders.shutdownNow();
    }
  }

  private CompletableFuture<Sent> send(Message message, Notification n, Map<String, String> env,
      UnaryOperator<String> mask, ExecutorService senders) {
    Destinations.Resolution r = Destinations.resolve(n.target(), env);
    if (r instanceof Destinations.NotConfigured nc) {
      return CompletableFuture.completedFuture(
          new Sent(n.target().format(), false, false, nc.reason()));
    }
    if (r instanceof Destinations.Invalid invalid) {
      return CompletableFuture.completedFuture(
          new Sent(n.target().format(), false, true, invalid.reason()));
    }
    Destination to = ((Destinations.Ready) r).destination();
    Duration budget = n.target().timeout();
    return CompletableFuture.supplyAsync(() -> {
      try {
        Delivery.Outcome o = delivery.deliver(message, to, budget, mask);
        return new Sent(to.shown(), o.accepted(), true, o.summary());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Sent(to.shown(), false, true, "interrupted");
      }
    }, senders);
  }
}
