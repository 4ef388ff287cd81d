package dev.example.pricing;

/**
 * An amount in cents, never negative.
 *
 * @param cents the amount in cents
 */
public record Price(long cents) {

  /** Rejects negative amounts. */
  public Price {
    if (cents < 0) {
      throw new IllegalArgumentException("negative price: " + cents);
    }
  }

  /**
   * This price with a discount applied, rounded down to whole cents.
   *
   * @param percent the discount, 0 to 100
   * @return the discounted price
   */
  public Price discounted(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("discount out of range: " + percent);
    }
    return new Price(cents * (100 - percent) / 100);
  }

  @Override
  public String toString() {
    return String.format("%d.%02d", cents / 100, cents % 100);
  }
}
