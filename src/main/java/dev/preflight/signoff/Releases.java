package dev.preflight.signoff;

/**
 * Which release a run is for, and whether a {@code release_bound} sign-off made for another
 * one still counts.
 */
public interface Releases {

  /** The release of this run, or null when it cannot be told. */
  String current();

  /** Whether a sign-off made for {@code recorded} counts for this run; by default, equality. */
  default boolean counts(String recorded) {
    return recorded != null && recorded.equals(current());
  }

  static Releases of(String current) {
    return () -> current;
  }
}
