package dev.preflight.notify;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Gets one message to one destination within its time budget ({@code timeout}, default 10s):
 * up to three attempts, with pauses of 1/20 and then 1/10 of the budget between them. The first
 * attempt may take half of the time the pauses leave (it also pays for opening connections),
 * the second half of what then remains, the last all the rest; nothing runs past the budget: an
 * attempt still going then is abandoned on a daemon thread, so a target that never answers
 * costs the run its budget and not a second more. A target that refused for good (a 4xx but
 * 408 and 429, a wrong signature, a login refused) is not asked again.
 */
public final class Delivery implements AutoCloseable {
  public static final int ATTEMPTS = 3;

  private final Sending sending;
  private final ExecutorService attempts = Executors.newCachedThreadPool(task -> {
    Thread t = new Thread(task, "preflight-notify");
    t.setDaemon(true);
    return t;
  });

  /**
   * What came of it.
   *
   * @param answer the target's answer when accepted; else why not, in one line
   */
  public record Outcome(boolean accepted, String answer, int attempts) {
    /** {@code failed after 3 attempts: HTTP 500 boom}, or the accepted answer. */
    public String summary() {
      if (accepted) {
        return answer;
      }
      return attempts <= 1 ? answer
          : answer + " (" + attempts + " attempts)";
    }
  }

  public Delivery(Sending sending) {
    this.sending = sending;
  }

  public Outcome deliver(Message message, Destination to, Duration budget)
      throws InterruptedException {
    return deliver(message, to, budget, sending);
  }

  /** As {@link #deliver(Message, Destination, Duration)}, masking with {@code mask}. */
  public Outcome deliver(Message message, Destination to, Duration budget,
      java.util.function.UnaryOperator<String> mask) throws InterruptedException {
    return deliver(message, to, budget, sending.withMask(mask));
  }

  private Outcome deliver(Message message, Destination to, Duration budget, Sending sending)
      throws InterruptedException {
    NotifyFormat format = NotifyFormats.named(to.format()).orElseThrow(
        () -> new IllegalArgumentException("no notify format " + to.format()));
    long deadline = System.nanoTime() + budget.toNanos();
    Duration pause = budget.dividedBy(20);
    String failure = "no attempt made within " + WebhookPost.seconds(budget);
    int made = 0;
    for (int n = 1; n <= ATTEMPTS; n++) {
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        break;
      }
      // the pauses still to come (n, then n + 1 twentieths…) stay out of this attempt's share
      Duration pausesAhead = Duration.ZERO;
      for (int later = n; later < ATTEMPTS; later++) {
        pausesAhead = pausesAhead.plus(pause.multipliedBy(later));
      }
      Duration limit = n == ATTEMPTS ? left : left.minus(pausesAhead).dividedBy(2);
      if (limit.isNegative() || limit.isZero()) {
        limit = left;
      }
      made = n;
      try {
        return new Outcome(true, attempt(format, message, to, limit, sending), n);
      } catch (NotifyFailure f) {
        failure = f.getMessage();
        if (!f.worthRetrying()) {
          break;
        }
      }
      if (n < ATTEMPTS) {
        Duration wait = pause.multipliedBy(n);
        long room = deadline - System.nanoTime();
        Thread.sleep(Math.max(0, Math.min(wait.toMillis(), room / 1_000_000)));
      }
    }
    return new Outcome(false, failure, made);
  }

  private String attempt(NotifyFormat format, Message message, Destination to, Duration limit,
      Sending sending) throws NotifyFailure, InterruptedException {
    Future<String> attempt = attempts.submit(() -> format.send(message, to, sending, limit));
    try {
      return attempt.get(limit.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true);
      throw new NotifyFailure("no answer within " + WebhookPost.seconds(limit), true);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NotifyFailure f) {
        throw f;
      }
      throw new NotifyFailure("internal error: " + e.getCause(), false);
    } catch (InterruptedException e) {
      attempt.cancel(true);
      throw e;
    }
  }

  @Override
  public void close() {
    attempts.shutdownNow();
  }
}
