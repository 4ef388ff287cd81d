package demo;

/** A few branches; Main exercises only some of them so JaCoCo has misses to count. */
public final class Grades {
  private Grades() {}

  public static String letter(int score) {
    if (score >= 90) {
      return "A";
    } else if (score >= 80) {
      return "B";
    } else if (score >= 70) {
      return "C";
    }
    return "F";
  }

  public static int clamp(int value, int low, int high) {
    if (value < low) {
      return low;
    }
    if (value > high) {
      return high;
    }
    return value;
  }

  public static double average(int[] scores) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("no scores");
    }
    int sum = 0;
    for (int s : scores) {
      sum += s;
    }
    return (double) sum / scores.length;
  }
}
