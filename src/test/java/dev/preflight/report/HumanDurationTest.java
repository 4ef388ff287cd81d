package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {
  @ParameterizedTest(name = "{0}ms -> {1}")
  @CsvSource({
    "0, 0ms", "120, 120ms", "999, 999ms", "1000, 1.0s", "3240, 3.2s", "3250, 3.3s",
    "59949, 59.9s", "59950, 1m00s", "65000, 1m05s", "3599499, 59m59s", "3600000, 1h00m",
    "5430000, 1h31m", "-5, 0ms"
  })
  void formats(long ms, String text) {
    assertThat(HumanDuration.format(Duration.ofMillis(ms))).isEqualTo(text);
  }
}
