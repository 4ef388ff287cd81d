package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapesTest {
  @Test
  void stripsEveryKindOfSequence() {
    assertThat(Escapes.strip("\u001b[1;31mred\u001b[0m")).isEqualTo("red");
    assertThat(Escapes.strip("\u001b[?25lhidden cursor\u001b[?25h")).isEqualTo("hidden cursor");
    assertThat(Escapes.strip("\u001b]0;title\u0007text")).isEqualTo("text");
    assertThat(Escapes.strip("\u001b]8;;http://x\u001b\\link")).isEqualTo("link");
    assertThat(Escapes.strip("\u001bPdcs data\u001b\\after")).isEqualTo("after");
    assertThat(Escapes.strip("\u001b(Bcharset")).isEqualTo("charset");
    assertThat(Escapes.strip("\u009b32mc1 csi")).isEqualTo("c1 csi");
    assertThat(Escapes.strip("\u001b7saved\u001b8")).isEqualTo("saved");
  }

  @Test
  void brokenSequencesNeverEatText() {
    assertThat(Escapes.strip("\u001b[31测试")).isEqualTo("测试");
    assertThat(Escapes.strip("trailing \u001b")).isEqualTo("trailing ");
    assertThat(Escapes.strip("\u001b]unterminated osc")).isEmpty();
  }

  @Test
  void cleanLineShowsWhatATerminalWould() {
    assertThat(Escapes.cleanLine("10%\r50%\r100%")).isEqualTo("100%");
    assertThat(Escapes.cleanLine("done\r")).isEqualTo("done");
    assertThat(Escapes.cleanLine("a\tb")).isEqualTo("a       b");
    assertThat(Escapes.cleanLine("测试\tb")).isEqualTo("测试    b");
    assertThat(Escapes.cleanLine("bell\u0007 nul\u0000 del\u007f c1\u0085")).isEqualTo("bell nul del c1");
  }
}
