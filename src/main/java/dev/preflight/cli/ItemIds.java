package dev.preflight.cli;

import dev.preflight.load.Suggestions;
import dev.preflight.model.Checklist;
import dev.preflight.model.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Item ids named on the command line, looked up in the checklist. */
final class ItemIds {
  private ItemIds() {}

  /**
   * The items, in the order named and each once; null after printing a line for every id the
   * checklist does not have.
   */
  static List<Item> resolve(Context ctx, String command, Checklist checklist, List<String> ids) {
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item item : checklist.items()) {
      byId.put(item.id(), item);
    }
    List<Item> items = new ArrayList<>();
    boolean ok = true;
    for (String id : ids) {
      Item item = byId.get(id);
      if (item == null) {
        String hint = Suggestions.closest(id, byId.keySet()).map(s -> "did you mean " + s + "?")
            .orElse("see 'preflight list " + checklist.file() + "'");
        ctx.err().println("preflight " + command + ": no item '" + id + "' in "
            + checklist.file() + " (" + hint + ")");
        ok = false;
      } else if (!items.contains(item)) {
        items.add(item);
      }
    }
    return ok ? items : null;
  }
}
