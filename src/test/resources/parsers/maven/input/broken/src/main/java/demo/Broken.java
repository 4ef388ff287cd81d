package demo;

public class Broken {
  int count() {
    return missing();
  }

  String name() {
    return 42;
  }
}
