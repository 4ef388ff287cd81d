package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** One test per Surefire outcome: pass, failure (assertion), error (exception), skipped. */
class MixedTest {
  @Test
  void passes() {
    assertEquals(4, 2 + 2);
  }

  @Test
  void passesToo() {
    assertEquals("ab", "a" + "b");
  }

  @Test
  void fails() {
    assertEquals(5, 2 + 2);
  }

  @Test
  void errors() {
    throw new IllegalStateException("boom");
  }

  @Disabled("not today")
  @Test
  void skipped() {}
}
