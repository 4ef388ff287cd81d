package dev.preflight.load;

/** A 1-based line and column in the checklist file; columns count characters, not bytes. */
record Mark(int line, int column) implements Comparable<Mark> {
  static final Mark NONE = new Mark(0, 0);

  @Override
  public int compareTo(Mark o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }
}
