package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterIT {
  @Test
  void greetsTwice() {
    Greeter g = new Greeter();
    assertEquals("Hello, Hello, Ada", g.greet(g.greet("Ada")));
  }
}
