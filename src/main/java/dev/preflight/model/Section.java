package dev.preflight.model;

import java.util.ArrayList;
import java.util.List;

/** A titled group of items and sub-sections; items come before sub-sections. */
public record Section(
    String id, String title, String description, List<Item> items, List<Section> sections) {

  public Section {
    items = List.copyOf(items);
    sections = List.copyOf(sections);
  }

  /** Every item below this section, in checklist order. */
  public List<Item> allItems() {
    List<Item> all = new ArrayList<>(items);
    for (Section s : sections) {
      all.addAll(s.allItems());
    }
    return all;
  }
}
