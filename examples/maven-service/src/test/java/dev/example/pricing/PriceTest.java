package dev.example.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PriceTest {
  @Test
  void printsCents() {
    assertEquals("12.05", new Price(1205).toString());
  }

  @Test
  void discountsRoundDown() {
    assertEquals(new Price(949), new Price(999).discounted(5));
  }

  @Test
  void rejectsNegativeAmounts() {
    assertThrows(IllegalArgumentException.class, () -> new Price(-1));
  }

  @Test
  void rejectsDiscountsAboveAHundred() {
    assertThrows(IllegalArgumentException.class, () -> new Price(100).discounted(101));
  }
}
