package dev.preflight.model;

/**
 * Told about progress while a run goes on; the terminal uses it for the live line (TTY) or one
 * line per finished item (CI). Calls may come from several threads, one item at a time each.
 */
public interface RunListener {
  RunListener NONE = new RunListener() {};

  /** How many items this run will report, before the first of them starts or is skipped. */
  default void planned(int total) {}

  default void started(Item item) {}

  default void finished(ItemResult result) {}
}
