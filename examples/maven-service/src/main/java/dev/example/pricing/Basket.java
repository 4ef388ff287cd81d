package dev.example.pricing;

import java.util.ArrayList;
import java.util.List;

/** Items bought together, and what they cost. */
public final class Basket {
  private final List<Price> items = new ArrayList<>();

  /**
   * Adds an item.
   *
   * @param price what the item costs
   * @return this basket
   */
  public Basket add(Price price) {
    items.add(price);
    return this;
  }

  /**
   * The total, with a discount on baskets of ten items or more.
   *
   * @return the total price
   */
  public Price total() {
    long sum = 0;
    for (Price item : items) {
      sum += item.cents();
    }
    Price total = new Price(sum);
    return items.size() >= 10 ? total.discounted(5) : total;
  }
}
