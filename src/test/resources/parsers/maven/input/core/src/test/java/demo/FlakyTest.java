package demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fails on its first run in a JVM and passes when Surefire reruns it: a flaky test. */
class FlakyTest {
  private static int runs;

  @Test
  void passesOnRerun() {
    runs++;
    assertTrue(runs > 1, "first run fails");
  }
}
