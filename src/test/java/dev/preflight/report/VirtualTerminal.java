package dev.preflight.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Just enough of a terminal to see what a user would see: printable text in cells (wide
 * characters take two), {@code \r}, {@code \n} (as a tty with onlcr, back to column 0),
 * {@code ESC[nA}, {@code ESC[K}, {@code ESC[J}, {@code ESC[?25l/h} and SGR colours, which it
 * ignores. Anything else fails, and so does writing past the last column, because a wrapped
 * line breaks the board's count of lines to move up.
 */
final class VirtualTerminal {
  private final int width;
  private final List<String[]> rows = new ArrayList<>();
  private int row;
  private int col;
  private boolean cursorVisible = true;

  VirtualTerminal(int width) {
    this.width = width;
  }

  VirtualTerminal feed(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == 0x1b) {
        i = escape(text, i);
        continue;
      }
      i += Character.charCount(cp);
      if (cp == '\r') {
        col = 0;
      } else if (cp == '\n') {
        row++;
        col = 0;
      } else {
        put(cp);
      }
    }
    return this;
  }

  /** The visible lines, trailing blanks and blank lines at the bottom dropped. */
  String screen() {
    List<String> lines = rows.stream()
        .map(cells -> String.join("", cells).stripTrailing())
        .collect(Collectors.toCollection(ArrayList::new));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  boolean cursorVisible() {
    return cursorVisible;
  }

  int row() {
    return row;
  }

  int col() {
    return col;
  }

  private void put(int cp) {
    int w = Cells.of(cp);
    String[] cells = line(row);
    if (w == 0) {
      if (col > 0) {
        cells[col - 1] += Character.toString(cp);
      }
      return;
    }
    if (col + w > width) {
      throw new AssertionError("line " + row + " wraps past column " + width + ": "
          + String.join("", cells).stripTrailing() + Character.toString(cp));
    }
    cells[col] = Character.toString(cp);
    if (w == 2) {
      cells[col + 1] = "";
    }
    col += w;
  }

  private int escape(String text, int start) {
    if (start + 1 >= text.length() || text.charAt(start + 1) != '[') {
      throw new AssertionError("unexpected escape at " + start + ": " + text.substring(start));
    }
    int i = start + 2;
    while (i < text.length() && "0123456789;?".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i >= text.length()) {
      throw new AssertionError("unterminated escape: " + text.substring(start));
    }
    String params = text.substring(start + 2, i);
    char command = text.charAt(i);
    switch (command) {
      case 'A' -> {
        int n = params.isEmpty() ? 1 : Integer.parseInt(params);
        row = Math.max(0, row - Math.max(1, n));
      }
      case 'K' -> {
        require(params.isEmpty(), params, command);
        Arrays.fill(line(row), col, width, " ");
      }
      case 'J' -> {
        require(params.isEmpty(), params, command);
        Arrays.fill(line(row), col, width, " ");
        while (rows.size() > row + 1) {
          rows.remove(rows.size() - 1);
        }
      }
      case 'h', 'l' -> {
        require(params.equals("?25"), params, command);
        cursorVisible = command == 'h';
      }
      case 'm' -> {
        // colours do not change what is visible
      }
      default -> throw new AssertionError("unsupported escape ESC[" + params + command);
    }
    return i + 1;
  }

  private static void require(boolean ok, String params, char command) {
    if (!ok) {
      throw new AssertionError("unsupported escape ESC[" + params + command);
    }
  }

  private String[] line(int index) {
    while (rows.size() <= index) {
      String[] cells = new String[width];
      Arrays.fill(cells, " ");
      rows.add(cells);
    }
    return rows.get(index);
  }
}
