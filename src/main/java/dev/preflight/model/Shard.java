package dev.preflight.model;

/**
 * One of {@code count} parts of a checklist run on separate machines ({@code --shard 2/4},
 * SPEC §13).
 *
 * @param index 1-based
 */
public record Shard(int index, int count) {

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /** {@code 2/4}, as written on the command line. */
  public String label() {
    return index + "/" + count;
  }
}
