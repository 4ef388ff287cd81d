package demo;

import java.util.HashMap;
import java.util.Map;

/** Code with mistakes SpotBugs finds, at each of its priorities. */
public class Inventory {
    private final Map<String, Integer> counts = new HashMap<>();
    private String label;

    public int count(String item) {
        String key = null;
        if (item.isEmpty()) {
            return key.length();
        }
        return counts.getOrDefault(item, 0);
    }

    public int total() {
        int sum = 0;
        for (String item : counts.keySet()) {
            sum += counts.get(item);
        }
        return sum;
    }

    public boolean sameLabel(Inventory other) {
        return label == other.label;
    }
}
