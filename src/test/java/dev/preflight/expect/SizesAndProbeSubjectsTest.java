package dev.preflight.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.model.Condition;
import dev.preflight.model.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SizesAndProbeSubjectsTest {
  private static final Vocabulary FILE = new Vocabulary(Set.of("content"), Set.of(),
      Set.of("age", "duration"));
  private static final Vocabulary POSTGRES = new Vocabulary(Set.of("value"), Set.of("value"),
      Set.of("duration"));

  @Test
  void sizesArePowersOfAThousandOrOfTwo() throws Exception {
    assertThat(ConditionParser.parse("size > 1KB").value()).isEqualTo(new Value.Size(1000, "1KB"));
    assertThat(ConditionParser.parse("size > 1kB").value()).isEqualTo(new Value.Size(1000, "1kB"));
    assertThat(ConditionParser.parse("size > 1KiB").value())
        .isEqualTo(new Value.Size(1024, "1KiB"));
    assertThat(((Value.Size) ConditionParser.parse("free_bytes > 2.5GiB").value()).bytes())
        .isEqualTo(2.5 * 1024 * 1024 * 1024);
    assertThat(((Value.Size) ConditionParser.parse("free_bytes > 5GB").value()).bytes())
        .isEqualTo(5e9);
  }

  @Test
  void reasonsShowTheActualValueInTheUnitOfTheExpectedOne() throws Exception {
    List<Condition> cs = List.of(ConditionParser.parse("size > 1KB", FILE),
        ConditionParser.parse("age < 24h", FILE),
        ConditionParser.parse("free_bytes > 2GiB"));
    Judgement j = Expectations.judge(cs, new Evidence(0, "", "", Duration.ZERO,
        Map.of("size", 512.0, "age", (double) Duration.ofHours(26).toMillis(),
            "free_bytes", 1.5 * (1L << 30)), "file"));
    assertThat(j.failures()).containsExactly("size = 512B, expected > 1KB",
        "age = 26h, expected < 24h", "free_bytes = 1.5GiB, expected > 2GiB");
  }

  @Test
  void probeTextSubjectsAndDurations() throws Exception {
    assertThat(ConditionParser.parse("content contains \"ok\"", FILE).subject())
        .isEqualTo("content");
    assertThat(ConditionParser.parse("value >= 3", POSTGRES).value())
        .isEqualTo(new Value.Number(3, false));
    assertThat(ConditionParser.parse("value matches /^PostgreSQL 1[4-9]/", POSTGRES).subject())
        .isEqualTo("value");
    assertThatThrownBy(() -> ConditionParser.parse("age < 86400", FILE))
        .hasMessage("age needs a duration, not a number (86400)");
    assertThatThrownBy(() -> ConditionParser.parse("stdout contains \"x\"", FILE))
        .hasMessage("'contains' needs a text subject, not 'stdout'");
    Judgement j = Expectations.judge(List.of(ConditionParser.parse("content contains \"ok\"",
        FILE)), new Evidence(0, "", "", Duration.ZERO, Map.of(), "file",
            Set.of(0), Map.of("content", "all fine")));
    assertThat(j.failures()).containsExactly("content does not contain \"ok\"");
  }
}
