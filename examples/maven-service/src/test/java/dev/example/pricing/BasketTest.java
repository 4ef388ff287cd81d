package dev.example.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BasketTest {
  @Test
  void addsUp() {
    assertEquals(new Price(300), new Basket().add(new Price(100)).add(new Price(200)).total());
  }

  @Test
  void discountsTenItems() {
    Basket basket = new Basket();
    for (int i = 0; i < 10; i++) {
      basket.add(new Price(100));
    }
    assertEquals(new Price(950), basket.total());
  }
}
