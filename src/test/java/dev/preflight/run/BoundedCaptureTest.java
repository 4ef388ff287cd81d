package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Output;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoundedCaptureTest {

  private static Output capture(int head, int tail, String... writes) {
    BoundedCapture capture = new BoundedCapture(head, tail);
    for (String w : writes) {
      byte[] bytes = w.getBytes(StandardCharsets.UTF_8);
      capture.write(bytes, 0, bytes.length);
    }
    return capture.toOutput();
  }

  @Test
  void keepsEverythingUpToHeadPlusTail() {
    assertThat(capture(4, 4, "")).isEqualTo(new Output("", 0));
    assertThat(capture(4, 4, "abcd")).isEqualTo(new Output("abcd", 4));
    assertThat(capture(4, 4, "abcde")).isEqualTo(new Output("abcde", 5));
    assertThat(capture(4, 4, "abcdefgh")).isEqualTo(new Output("abcdefgh", 8));
    assertThat(capture(4, 4, "ab", "cdef", "gh")).isEqualTo(new Output("abcdefgh", 8));
  }

  @Test
  void marksWhatFallsBetweenHeadAndTail() {
    assertThat(capture(4, 4, "abcdefghi").text()).isEqualTo("abcd\n… 1 bytes omitted …\nfghi");
    assertThat(capture(4, 4, "ab", "cdefg", "hij", "k").text())
        .isEqualTo("abcd\n… 3 bytes omitted …\nhijk");
    assertThat(capture(3, 3, "a\n", "bcdefg\nxy").text())
        .isEqualTo("a\nb\n… 5 bytes omitted …\n\nxy");
  }

  @Test
  void byteAtATimeMatchesBulkWrites() {
    BoundedCapture capture = new BoundedCapture(5, 7);
    String text = "0123456789abcdefghijklmnopqrstuvwxyz";
    text.chars().forEach(capture::write);
    assertThat(capture.toOutput()).isEqualTo(capture(5, 7, text));
    assertThat(capture.toOutput().text()).isEqualTo("01234\n… 24 bytes omitted …\ntuvwxyz");
  }

  @Test
  void zeroSizedPartsStillCount() {
    assertThat(capture(0, 0, "abc")).isEqualTo(new Output("… 3 bytes omitted …\n", 3));
    assertThat(capture(0, 3, "abcdef").text()).isEqualTo("… 3 bytes omitted …\ndef");
  }

  @Test
  void twoHundredMegabytesStayBounded() {
    BoundedCapture capture = new BoundedCapture();
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'y');
    for (int i = 0; i < 200; i++) {
      capture.write(chunk, 0, chunk.length);
    }
    capture.write("\nend\n".getBytes(StandardCharsets.UTF_8));
    Output output = capture.toOutput();
    assertThat(output.bytes()).isEqualTo(200L * (1 << 20) + 5);
    assertThat(output.text())
        .contains("\n… 209,584,133 bytes omitted …\n")
        .endsWith("y\nend\n");
    assertThat(output.text().length()).isLessThan(128 * 1024 + 64);
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    BoundedCapture capture = new BoundedCapture();
    capture.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 'o', 'k', '\n'}, 0, 5);
    assertThat(capture.toOutput()).isEqualTo(new Output("\uFFFD\uFFFDok\n", 5));
  }

  @Test
  void aCharacterSplitByTheGapIsDroppedNotMangled() {
    // The head ends on C3, the lead byte of "é"; the tail starts on 82 AC, the end of "€".
    Output output = capture(3, 4, "ab", "é", "x€", "cd");
    assertThat(output.text()).isEqualTo("ab\n… 6 bytes omitted …\ncd");
    assertThat(output.bytes()).isEqualTo(10);
  }

  @Test
  void aCharacterAcrossHeadAndTailWithoutGapStaysWhole() {
    assertThat(capture(3, 4, "abé", "cd").text()).isEqualTo("abécd");
  }
}
