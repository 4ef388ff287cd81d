package dev.preflight.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, 500",
    "30s, 30000",
    "5m, 300000",
    "1h, 3600000",
    "1h30m, 5400000",
    "2m30s, 150000",
    "1.5s, 1500",
    "0s, 0",
    "1h2m3s4ms, 3723004",
    "' 10m ', 600000",
    "7d, 604800000",
    "1d12h, 129600000",
  })
  void parses(String text, long millis) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void bareNumberAsksForAUnit() {
    assertThatThrownBy(() -> Durations.parse("30"))
        .isInstanceOf(Durations.InvalidDuration.class)
        .hasMessage("duration '30' has no unit")
        .extracting(e -> ((Durations.InvalidDuration) e).hint())
        .isEqualTo("add a unit: 30s");
  }

  @ParameterizedTest
  @CsvSource({
    "10 s, '10 s' is not a duration",
    "5x, '5x' is not a duration",
    "s, 's' is not a duration",
    "-5s, '-5s' is not a duration",
    "30m1h, units in '30m1h' are out of order or repeated",
    "1s1s, units in '1s1s' are out of order or repeated",
    "1h1d, units in '1h1d' are out of order or repeated",
    "401d, duration '401d' is too long",
    "99999999999999h, duration '99999999999999h' is too long",
    "'', empty duration",
  })
  void rejects(String text, String message) {
    assertThatThrownBy(() -> Durations.parse(text)).hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0ms",
    "350, 350ms",
    "1000, 1s",
    "1200, 1.2s",
    "1249, 1.2s",
    "30000, 30s",
    "59999, 60s",
    "150000, 2m30s",
    "300000, 5m",
    "5400000, 1h30m",
    "3600000, 1h",
  })
  void formats(long millis, String text) {
    assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"72.4, 72.4", "80.0, 80", "0.5, 0.5", "-1, -1", "1e20, 100000000000000000000"})
  void formatsNumbersWithoutTrailingZero(double value, String text) {
    assertThat(Numbers.format(value)).isEqualTo(text);
  }
}
