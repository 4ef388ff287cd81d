package dev.preflight.load;

import dev.preflight.model.Item;
import java.util.List;

/**
 * An item mapped from YAML before its {@code needs} are resolved; the item's own needs list is
 * empty until {@link Needs} fills it.
 */
record Draft(Item item, List<Ref> needs, Mark mark, String path) {}
