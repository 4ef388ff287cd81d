package dev.preflight.notify;

import dev.preflight.model.Check;
import dev.preflight.model.EnvTemplate;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Notice;
import dev.preflight.model.Output;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs a {@code notify} item: sends its message and judges the target's answer.
 *
 * <ul>
 *   <li>accepted: {@code pass};
 *   <li>refused, or no answer within the target's timeout (after the retries): {@code fail},
 *       with the target's answer as the reason;
 *   <li>an environment variable that the target's address or the message names is unset:
 *       nothing is sent and the item is {@code pending}, like a manual item, saying which
 *       variable to set; the report shows the message, so a person can post it by hand;
 *   <li>the variables are set but do not make an address (a URL that is not one): {@code error}.
 * </ul>
 */
public final class Announcer {
  private final Delivery delivery;
  private final String checklist;
  private final Supplier<RunEnvironment> environment;
  private final String link;
  private final Clock clock;

  /**
   * @param environment the run's git commit and host, asked for only when a message is sent (it
   *     is worked out beside the first items)
   * @param link null, or where the report will be (see {@link Links})
   */
  public Announcer(Delivery delivery, String checklist, Supplier<RunEnvironment> environment,
      String link,
      Clock clock) {
    this.delivery = delivery;
    this.checklist = checklist;
    this.environment = environment;
    this.link = link;
    this.clock = clock;
  }

  /**
   * @param env the item's environment: the run's, the checklist's and the item's own
   * @param mask the secret mask of that environment
   */
  public ItemResult announce(Item item, Map<String, String> env, UnaryOperator<String> mask)
      throws InterruptedException {
    Check.Notify notify = (Check.Notify) item.check();
    Instant start = clock.instant();
    long t0 = System.nanoTime();
    String format = notify.target().format();
    Set<String> missing = new LinkedHashSet<>();
    Destinations.Resolution resolution = Destinations.resolve(notify.target(), env);
    if (resolution instanceof Destinations.NotConfigured nc) {
      missing.addAll(nc.variables());
    }
    missing.addAll(EnvTemplate.unset(notify.message(), env));
    String text = mask.apply(EnvTemplate.expandSet(notify.message(), env));
    if (!missing.isEmpty()) {
      String unset = new Destinations.NotConfigured(format, missing).reason();
      return result(item, Status.PENDING, null, Duration.ZERO, 0, "not sent: " + unset
          + "; set " + (missing.size() == 1 ? "it" : "them") + " to send the message, or post it"
          + " by hand", new Notice(format, text, null));
    }
    if (resolution instanceof Destinations.Invalid invalid) {
      return result(item, Status.ERROR, start, elapsed(t0), 0, "not sent: " + invalid.reason(),
          new Notice(format, text, null));
    }
    Destination to = ((Destinations.Ready) resolution).destination();
    Message message = Message.announcement(checklist, item.title(), text, environment.get(), link,
        mask);
    Delivery.Outcome outcome = delivery.deliver(message, to, notify.target().timeout(), mask);
    if (outcome.accepted()) {
      return result(item, Status.PASS, start, elapsed(t0), outcome.attempts(), null,
          new Notice(to.shown(), text, outcome.answer()));
    }
    return result(item, Status.FAIL, start, elapsed(t0), outcome.attempts(),
        to.shown() + ": " + outcome.answer(), new Notice(to.shown(), text, null));
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private static ItemResult result(Item item, Status status, Instant start, Duration took,
      int attempts, String reason, Notice notice) {
    return new ItemResult(item, status, start, took, null, attempts, Map.of(),
        reason == null ? List.of() : List.of(reason), Output.EMPTY, Output.EMPTY, null)
        .withNotice(notice);
  }
}
