package dev.preflight.model;

/** The operators of the condition language (SPEC §4). */
public enum Operator {
  EQ("=="),
  NE("!="),
  LE("<="),
  GE(">="),
  LT("<"),
  GT(">"),
  NOT_CONTAINS("!contains"),
  CONTAINS("contains"),
  NOT_MATCHES("!matches"),
  MATCHES("matches");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** True for the text operators, false for the comparisons. */
  public boolean isText() {
    return ordinal() >= NOT_CONTAINS.ordinal();
  }
}
