package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class MixedTest {
  @Test
  void passes() {
    assertEquals(4, new Calc().add(2, 2));
  }

  @Test
  void fails() {
    assertEquals(5, new Calc().add(2, 2));
  }

  @Test
  void errors() {
    new Calc().divide(1, 0);
  }

  @Test
  @Disabled("not yet")
  void skipped() {}
}
