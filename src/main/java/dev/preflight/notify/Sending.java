package dev.preflight.notify;

import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * What a format needs to deliver: the transports, a clock (DingTalk signs with the time) and
 * the secret mask that every outgoing body and every answer passes through.
 */
public record Sending(Http http, Smtp smtp, Clock clock, UnaryOperator<String> mask) {

  /** The JDK's HTTP client and Angus Mail. */
  public static Sending standard(UnaryOperator<String> mask) {
    return new Sending(new JdkHttp(), new AngusSmtp(), Clock.systemUTC(), mask);
  }

  public Sending withMask(UnaryOperator<String> other) {
    return new Sending(http, smtp, clock, other);
  }
}
