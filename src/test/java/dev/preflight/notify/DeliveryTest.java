package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Retries, refusals and the time budget, with HTTP answers scripted per attempt. */
class DeliveryTest {
  private static final Destination SLACK =
      new Destination.Webhook(URI.create("https://hooks.slack.com/services/T/B/X"), "slack", null);

  private record Scripted(List<Object> answers, List<Duration> timeouts, AtomicInteger calls)
      implements Http {
    Scripted(Object... answers) {
      this(List.of(answers), new ArrayList<>(), new AtomicInteger());
    }

    @Override
    public Answer post(URI url, String contentType, String body, Duration timeout)
        throws IOException, InterruptedException {
      timeouts.add(timeout);
      Object next = answers.get(Math.min(calls.getAndIncrement(), answers.size() - 1));
      if (next instanceof IOException e) {
        throw e;
      }
      if (next instanceof Duration hang) {
        Thread.sleep(hang.toMillis());
      }
      return next instanceof Answer a ? a : new Answer(200, "ok");
    }
  }

  private static Delivery.Outcome deliver(Http http, Duration budget) throws Exception {
    try (Delivery d = new Delivery(new Sending(http, null, Clock.systemUTC(), s -> s))) {
      return d.deliver(Samples.runMessage(), SLACK, budget);
    }
  }

  @Test
  void acceptedAtOnce() throws Exception {
    Scripted http = new Scripted(new Http.Answer(200, "ok"));
    Delivery.Outcome o = deliver(http, Duration.ofSeconds(10));
    assertThat(o).isEqualTo(new Delivery.Outcome(true, "200 ok", 1));
    // half of what the pauses (0.5s, then 1s) leave of 10s
    assertThat(http.timeouts().get(0).toMillis()).isBetween(4_200L, 4_250L);
  }

  @Test
  void serverErrorsAreTriedThreeTimesThenReportedWithTheAnswer() throws Exception {
    Scripted http = new Scripted(new Http.Answer(500, "internal\nerror"));
    Delivery.Outcome o = deliver(http, Duration.ofSeconds(10));
    assertThat(o.accepted()).isFalse();
    assertThat(o.attempts()).isEqualTo(3);
    assertThat(o.summary()).isEqualTo("HTTP 500 internal error (3 attempts)");
  }

  @Test
  void aSecondTryThatWorksIsAPass() throws Exception {
    Scripted http = new Scripted(new IOException("Connection reset"), new Http.Answer(429, ""),
        new Http.Answer(202, ""));
    Delivery.Outcome o = deliver(http, Duration.ofSeconds(10));
    assertThat(o).isEqualTo(new Delivery.Outcome(true, "202", 3));
  }

  @Test
  void aRefusalIsNotRepeated() throws Exception {
    Scripted http = new Scripted(new Http.Answer(404, "no_service"));
    Delivery.Outcome o = deliver(http, Duration.ofSeconds(10));
    assertThat(o.summary()).isEqualTo("HTTP 404 no_service");
    assertThat(http.calls().get()).isEqualTo(1);
  }

  @Test
  void aTargetThatNeverAnswersCostsTheBudgetAndNoMore() throws Exception {
    Scripted http = new Scripted(Duration.ofMinutes(5));
    long t0 = System.nanoTime();
    Delivery.Outcome o = deliver(http, Duration.ofMillis(1_500));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(o.accepted()).isFalse();
    assertThat(o.answer()).startsWith("no answer within ");
    assertThat(o.attempts()).isEqualTo(3);
    assertThat(ms).isBetween(1_400L, 1_500L + 2_000L); // generous: a busy machine is slow
    // half of what the pauses (75ms, then 150ms) leave of 1.5s
    assertThat(http.timeouts().get(0).toMillis()).isBetween(600L, 638L);
  }

  @Test
  void theClientsOwnTimeoutReadsTheSame() throws Exception {
    Scripted http = new Scripted(new HttpTimeoutException("request timed out"),
        new Http.Answer(200, "ok"));
    assertThat(deliver(http, Duration.ofSeconds(10)).attempts()).isEqualTo(2);
  }

  @Test
  void dingtalkRefusesInsideA200() throws Exception {
    Scripted http = new Scripted(
        new Http.Answer(200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"));
    Destination robot = new Destination.Webhook(
        URI.create("https://oapi.dingtalk.com/robot/send?access_token=x"), "dingtalk", "SECx");
    try (Delivery d = new Delivery(new Sending(http, null, Clock.systemUTC(), s -> s))) {
      Delivery.Outcome o = d.deliver(Samples.runMessage(), robot, Duration.ofSeconds(10));
      assertThat(o.summary())
          .isEqualTo("DingTalk refused: {\"errcode\":310000,\"errmsg\":\"sign not match\"}");
      assertThat(http.calls().get()).isEqualTo(1);
    }
  }
}
