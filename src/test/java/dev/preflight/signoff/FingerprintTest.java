package dev.preflight.signoff;

import static dev.preflight.testing.TestItems.command;
import static dev.preflight.testing.TestItems.manual;
import static dev.preflight.testing.TestItems.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  private static Item titled(Item i, String title) {
    return new Item(i.id(), title, i.description(), i.section(), i.check(), i.workdir(), i.env(),
        i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), i.parse(), i.expect(),
        i.retries(), i.retryDelay(), i.exclusive());
  }

  @Test
  void changesWithTheTitleOrTheInstructions() {
    Item item = with(manual("notify"), new Check.Manual("Post the time."));
    String before = Fingerprint.of(item);
    assertThat(before).matches("[0-9a-f]{16}");
    assertThat(Fingerprint.of(titled(item, "Another title"))).isNotEqualTo(before);
    assertThat(Fingerprint.of(with(item, new Check.Manual("Post the date.")))).isNotEqualTo(before);
  }

  @Test
  void ignoresLineEndingsTrailingBlanksAndSignOffRules() {
    Item item = with(manual("notify"), new Check.Manual("Post the time.\nLink it."));
    String before = Fingerprint.of(item);
    assertThat(Fingerprint.of(with(item, new Check.Manual("Post the time.  \r\nLink it.\n"))))
        .isEqualTo(before);
    assertThat(Fingerprint.of(with(item, new Check.Manual("Post the time.\nLink it.",
        Duration.ofHours(24), List.of("alice"), 1, true)))).isEqualTo(before);
  }

  @Test
  void aCommandIsKnownByItsTitleSoAnotherInterpreterKeepsItsWaiver() {
    assertThat(Fingerprint.of(command("lint", "python3 -m flake8")))
        .isEqualTo(Fingerprint.of(command("lint", "python3.11 -m flake8")));
  }
}
