package dev.preflight.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UntilTest {
  static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

  @Test
  void aDateCountsThroughTheEndOfThatDay() throws Exception {
    assertThat(Until.resolve("2026-12-15", NOW)).isEqualTo("2026-12-15");
    assertThat(Until.expiry("2026-12-15")).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
    assertThat(Until.resolve("2026-11-27", NOW)).isEqualTo("2026-11-27");
  }

  @Test
  void aDurationCountsFromNow() throws Exception {
    assertThat(Until.resolve("14d", NOW)).isEqualTo("2026-12-11T18:00:00Z");
    assertThat(Until.resolve("36h", NOW)).isEqualTo("2026-11-29T06:00:00Z");
  }

  @Test
  void atMostNinetyDaysAheadTheNinetiethDayIncluded() throws Exception {
    assertThat(Until.resolve("90d", NOW)).isEqualTo("2027-02-25T18:00:00Z");
    assertThat(Until.resolve("2027-02-25", NOW)).isEqualTo("2027-02-25");
    assertThatThrownBy(() -> Until.resolve("2027-02-26", NOW))
        .hasMessage("--until 2027-02-26 is more than 90 days ahead (latest: 2027-02-25);"
            + " waive again when it ends");
    assertThatThrownBy(() -> Until.resolve("91d", NOW)).hasMessageContaining("more than 90 days");
  }

  @Test
  void thePastAndNonsenseAreRefused() {
    assertThatThrownBy(() -> Until.resolve("2026-11-26", NOW))
        .hasMessage("--until 2026-11-26 is in the past; a waiver ends in the future");
    assertThatThrownBy(() -> Until.resolve("0s", NOW)).hasMessageContaining("in the past");
    assertThatThrownBy(() -> Until.resolve("2026-02-30", NOW))
        .hasMessageContaining("is not a date");
    assertThatThrownBy(() -> Until.resolve("next week", NOW))
        .hasMessage("--until 'next week' is neither a date nor a duration (write e.g."
            + " 2026-12-11 or 14d)");
  }
}
