package dev.preflight.load;

/**
 * One entry of a {@code needs:} list, located for diagnostics.
 *
 * @param inherited true when it came from an enclosing section's {@code needs:}
 * @param file the problems of the file it is written in (the checklist or an include)
 */
record Ref(String id, Mark mark, String path, boolean inherited, Problems file) {}
