package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolTextTest {
  @Test
  void stripsColourCursorHyperlinkAndCharsetEscapes() {
    String coloured = "\u001B[1;31mFAILED\u001B[0m \u001B]8;;file:///x\u0007x\u001B]8;;\u0007"
        + " \u001B[1m\u001B[31merror:\u001B(B\u001B[m done\u001B[K";
    assertThat(ToolText.plain(coloured)).isEqualTo("FAILED x error: done");
  }

  @Test
  void normalisesLineEnds() {
    assertThat(ToolText.plain("a\r\nb\rc")).isEqualTo("a\nb\nc");
  }

  @Test
  void readsNumbersAsToolsPrintThemWhateverTheLocale() {
    assertThat(ToolText.number("80%")).contains(80.0);
    assertThat(ToolText.number(" -0.5 ")).contains(-0.5);
    assertThat(ToolText.number("1e3")).contains(1000.0);
    assertThat(ToolText.number(".5")).contains(0.5);
  }

  @Test
  void refusesWhatJavaWouldOtherwiseAccept() {
    assertThat(ToolText.number("1f")).isEmpty();
    assertThat(ToolText.number("0x10")).isEmpty();
    assertThat(ToolText.number("NaN")).isEmpty();
    assertThat(ToolText.number("1,5")).isEmpty();
    assertThat(ToolText.number("1 234")).isEmpty();
  }
}
