package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ''                              | 0
          Final test run                  | 14
          最终测试运行                     | 12
          最终测试运行 · Final test run    | 29
          한국어                           | 6
          ひらがなカタカナ                  | 16
          ＡＢＣ                           | 6
          、。「」                          | 8
          ·                               | 1
          ✔ ✘ ↷ ⊘                         | 7
          ✅                              | 2
          📋 🔧 🐳 🚀 🚨                   | 14
          🥇                              | 2
          \uD83D\uDEE1\uFE0F                | 2
          \u2764\uFE0F                      | 2
          \uD83D\uDC4D\uD83C\uDFFD          | 2
          \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 | 2
          e\u0301                         | 1
          a\u200bb                        | 2
          """)
  void countsCells(String text, int cells) {
    assertThat(Cells.width(unescape(text))).isEqualTo(cells);
  }

  @Test
  void escapeSequencesAndControlsTakeNoCells() {
    assertThat(Cells.width("\u001b[1;32mpass\u001b[0m")).isEqualTo(4);
    assertThat(Cells.width("\u001b]8;;https://x.test\u0007link\u001b]8;;\u0007")).isEqualTo(4);
    assertThat(Cells.width("a\u0007b\u0000c")).isEqualTo(3);
  }

  @Test
  void combiningMarkAfterWideCharAddsNothing() {
    assertThat(Cells.width("字\u0301")).isEqualTo(2);
  }

  @Test
  void truncatesInCellsWithEllipsis() {
    assertThat(Cells.truncate("Final test run", 20, "…")).isEqualTo("Final test run");
    assertThat(Cells.truncate("Final test run", 8, "…")).isEqualTo("Final t…");
    assertThat(Cells.truncate("最终测试运行", 7, "…")).isEqualTo("最终测…");
    assertThat(Cells.truncate("最终测试运行", 8, "…")).isEqualTo("最终测…"); // 3 wide + 1 is 7
    assertThat(Cells.truncate("最终测试运行", 6, "...")).isEqualTo("最...");
    assertThat(Cells.width(Cells.truncate("📋 Deployment checklist", 10, "…"))).isLessThanOrEqualTo(10);
  }

  @Test
  void padsInCells() {
    assertThat(Cells.padRight("测试", 6)).isEqualTo("测试  ");
    assertThat(Cells.padLeft("3.2s", 6)).isEqualTo("  3.2s");
  }

  /** CSV cannot carry invisible characters readably, so tests spell them as backslash-u. */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }
}
