package demo;

public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(Grades.letter(95) + Grades.letter(85));
    System.out.println(Grades.clamp(5, 0, 10));
    System.out.println(Grades.average(new int[] {70, 80}));
  }
}
