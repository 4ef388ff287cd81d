package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLogTest {
  @TempDir Path dir;

  @Test
  void linesOfTwoStreamsWrittenInOddChunksArriveWholeAndComplete() throws Exception {
    Path file = dir.resolve("item.log");
    OutputLog log = OutputLog.open(file);
    ByteArrayOutputStream outCapture = new ByteArrayOutputStream();
    ByteArrayOutputStream errCapture = new ByteArrayOutputStream();
    OutputStream out = log.alongside(outCapture);
    OutputStream err = log.alongside(errCapture);
    StringBuilder outText = new StringBuilder();
    StringBuilder errText = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      outText.append("out line ").append(i).append('\n');
      errText.append("err ").append("e".repeat(i % 97)).append('\n');
    }
    byte[] o = outText.toString().getBytes(StandardCharsets.UTF_8);
    byte[] e = errText.toString().getBytes(StandardCharsets.UTF_8);
    int oi = 0;
    int ei = 0;
    int step = 1;
    while (oi < o.length || ei < e.length) {
      int n = Math.min(o.length - oi, step * 37 % 5003 + 1);
      out.write(o, oi, n);
      oi += n;
      int m = Math.min(e.length - ei, step * 13 % 701 + 1);
      err.write(e, ei, m);
      ei += m;
      step++;
    }
    err.close();
    // alone now: a line far longer than the 64 KiB held back for an unfinished line, and one
    // that never ends
    String tail = "x".repeat(200_000) + "\n" + "no newline at the end";
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < t.length; i += 4096) {
      out.write(t, i, Math.min(4096, t.length - i));
    }
    out.close();
    log.close();

    List<String> outLines = new ArrayList<>();
    List<String> errLines = new ArrayList<>();
    for (String line : Files.readString(file).split("\n", -1)) {
      (line.startsWith("err ") ? errLines : outLines).add(line);
    }
    assertThat(String.join("\n", errLines) + "\n").isEqualTo(errText.toString());
    assertThat(String.join("\n", outLines)).isEqualTo(outText + tail);
    assertThat(outCapture.toString(StandardCharsets.UTF_8)).isEqualTo(outText + tail);
    assertThat(log.problem()).isEmpty();
  }
}
