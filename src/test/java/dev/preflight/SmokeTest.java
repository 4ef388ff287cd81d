package dev.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Status;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void worseStatusWins() {
    assertThat(Status.PASS.worse(Status.FAIL)).isEqualTo(Status.FAIL);
  }
}
