package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalcTest {
  @Test
  void adds() {
    assertEquals(5, new Calc().add(2, 3));
  }

  @Test
  void divides() {
    assertEquals(2, new Calc().divide(6, 3));
  }

  @Test
  void addsNegatives() {
    assertEquals(-1, new Calc().add(2, -3));
  }
}
