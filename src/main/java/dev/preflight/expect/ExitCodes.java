package dev.preflight.expect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Exit codes as a reason shows them: {@code 0}, {@code 0 or 1}, {@code 0, 2, 4, …, 30}. */
final class ExitCodes {
  private ExitCodes() {}

  static String show(Set<Integer> codes) {
    List<Integer> sorted = codes.stream().sorted().toList();
    int n = sorted.size();
    if (n >= 5 && isProgression(sorted)) {
      return sorted.get(0) + ", " + sorted.get(1) + ", " + sorted.get(2) + ", …, "
          + sorted.get(n - 1);
    }
    if (n <= 2) {
      return sorted.stream().map(String::valueOf).collect(Collectors.joining(" or "));
    }
    return sorted.subList(0, n - 1).stream().map(String::valueOf)
        .collect(Collectors.joining(", ")) + " or " + sorted.get(n - 1);
  }

  private static boolean isProgression(List<Integer> sorted) {
    int step = sorted.get(1) - sorted.get(0);
    for (int i = 2; i < sorted.size(); i++) {
      if (sorted.get(i) - sorted.get(i - 1) != step) {
        return false;
      }
    }
    return true;
  }
}
