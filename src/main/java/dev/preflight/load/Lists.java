package dev.preflight.load;

import java.util.ArrayList;
import java.util.List;

/** Reads the lists of maps that {@code sections:} and {@code items:} are. */
final class Lists {
  private Lists() {}

  /** One map of the list with its path: {@code sections[2]}. */
  record At(Node.MapNode map, String path) {}

  /** The maps in {@code node}; anything else in it is reported and left out. */
  static List<At> maps(Node node, String path, String what, Context cx) {
    List<At> out = new ArrayList<>();
    if (!(node instanceof Node.SeqNode seq)) {
      cx.report(node, path, "expected a list of " + what + "s, got " + node.describe(),
          "start each " + what + " with '- id: …'");
      return out;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      Node n = seq.items().get(i);
      String at = YamlPath.index(path, i);
      if (n instanceof Node.MapNode m) {
        out.add(new At(m, at));
      } else {
        cx.report(n, at, "expected " + what + " keys (id, title, …), got " + n.describe(), null);
      }
    }
    return out;
  }
}
