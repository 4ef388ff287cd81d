package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerminalReportTest {
  private static final Pattern ITEM_LINE = Pattern.compile("^(.* \\.{2,} )(\\S+)");

  @Test
  void plain() {
    Golden.assertMatches("terminal/plain.txt", render(new PlainStyle(Glyphs.UNICODE), 100));
  }

  @Test
  void ascii() {
    Golden.assertMatches("terminal/ascii.txt", render(new PlainStyle(Glyphs.ASCII), 100));
  }

  @Test
  void colour() {
    String coloured = render(new AnsiStyle(Glyphs.UNICODE), 100);
    // ESC spelled out so the golden file shows where every sequence goes
    Golden.assertMatches("terminal/colour.txt", coloured.replace("\u001b", "\\e"));
  }

  @Test
  void narrow() {
    Golden.assertMatches("terminal/narrow-60.txt", render(new PlainStyle(Glyphs.UNICODE), 60));
  }

  @Test
  void colourDiffersFromPlainOnlyByEscapes() {
    assertThat(Escapes.strip(render(new AnsiStyle(Glyphs.ASCII), 100)))
        .isEqualTo(render(new PlainStyle(Glyphs.ASCII), 100));
  }

  @Test
  void statusWordsStartInOneCellColumn() {
    for (int width : new int[] {60, 80, 100, 140}) {
      List<Integer> columns = new ArrayList<>();
      for (String line : render(new PlainStyle(), width).split("\n")) {
        Matcher m = ITEM_LINE.matcher(line);
        if (m.find()) {
          columns.add(Cells.width(m.group(1)));
          assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(width);
        }
      }
      assertThat(columns).hasSize(12).containsOnly(columns.get(0));
    }
  }

  @Test
  void asciiReportOfAsciiTitlesIsPureAscii() {
    String report = new TerminalReport(new PlainStyle(Glyphs.ASCII), 100)
        .render(SampleRun.create(TerminalReportTest::englishHalf));
    assertThat(report.chars().filter(c -> c >= 128)).isEmpty();
    Golden.assertMatches("terminal/ascii-english.txt", report);
  }

  /** {@code 最终测试运行 · Final test run} becomes {@code Final test run}. */
  private static String englishHalf(String title) {
    String english = title.substring(title.indexOf('·') + 1);
    return english.replaceAll("[^\\x00-\\x7f]", "").trim();
  }

  private static String render(Style style, int width) {
    return new TerminalReport(style, width).render(SampleRun.create());
  }
}
