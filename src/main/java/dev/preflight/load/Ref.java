package dev.preflight.load;

/**
 * One entry of a {@code needs:} list, located for diagnostics.
 *
 * @param inherited true when it came from an enclosing section's {@code needs:}
 */
record Ref(String id, Mark mark, String path, boolean inherited) {}
