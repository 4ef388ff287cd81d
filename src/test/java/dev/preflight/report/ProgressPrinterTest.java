package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Status;
import dev.preflight.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final MovableClock clock = new MovableClock();

  @Test
  void ciPrintsOneLinePerFinishedItem() {
    ProgressPrinter printer = new ProgressPrinter(out, new PlainStyle(), false, 100, clock);
    RunResult run = SampleRun.create();
    for (ItemResult r : run.items()) {
      printer.started(r.item());
      printer.finished(r);
    }
    printer.clear();
    Golden.assertMatches("progress/ci.txt", text());
  }

  @Test
  void ciLinesNeverInterleaveAcrossThreads() throws Exception {
    ProgressPrinter printer =
        new ProgressPrinter(out, new PlainStyle(Glyphs.ASCII), false, 100, clock);
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Item item = Fixtures.item("item-" + i, "Item " + i).build();
      results.add(Fixtures.result(item, Status.PASS).ran(0, 1_200, 0).build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    for (ItemResult r : results) {
      pool.execute(() -> {
        await(go);
        printer.started(r.item());
        printer.finished(r);
      });
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    List<String> lines = text().lines().toList();
    assertThat(lines).hasSize(400).allMatch(l -> l.matches("\\[PASS] item-\\d+  pass  1\\.2s"));
  }

  @Test
  void ttyRewritesOneLineInPlaceAndClearsIt() {
    ProgressPrinter printer =
        new ProgressPrinter(out, new PlainStyle(Glyphs.ASCII), true, 40, clock);
    Item tests = Fixtures.item("final-tests", "Final test run").build();
    Item coverage = Fixtures.item("core-coverage-with-a-long-identifier", "Coverage").build();

    printer.started(tests);
    assertThat(screen()).isEqualTo("| running final-tests (0s)");
    clock.advance(Duration.ofSeconds(4));
    printer.started(coverage);
    assertThat(screen()).isEqualTo("/ running final-tests (4s) +1 more");
    clock.advance(Duration.ofSeconds(61));
    printer.finished(Fixtures.result(tests, Status.PASS).ran(0, 65_000, 0).build());
    assertThat(screen()).isEqualTo("- running core-coverage-with-a-long-...");
    assertThat(Cells.width(screen())).isLessThan(40);
    printer.clear();
    assertThat(screen()).isBlank();
    assertThat(text()).doesNotContain("\n");
  }

  @Test
  void ttyLineShowsElapsedOfTheOldestRunningItem() {
    ProgressPrinter printer = new ProgressPrinter(out, new PlainStyle(), true, 100, clock);
    Item a = Fixtures.item("a", "A").build();
    Item b = Fixtures.item("b", "B").build();
    printer.started(a);
    clock.advance(Duration.ofSeconds(70));
    printer.started(b);
    assertThat(screen()).isEqualTo("⠙ running a (1m10s) +1 more");
    printer.finished(Fixtures.result(b, Status.FAIL).ran(0, 10, 1).build());
    printer.finished(Fixtures.result(a, Status.PASS).ran(0, 10, 0).build());
    assertThat(screen()).isBlank();
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** What a terminal shows on the current line: each \r returns to column 0 and overwrites. */
  private String screen() {
    char[] line = new char[200];
    java.util.Arrays.fill(line, ' ');
    int col = 0;
    for (char c : text().toCharArray()) {
      if (c == '\r') {
        col = 0;
      } else {
        line[col++] = c;
      }
    }
    return new String(line).stripTrailing();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Fixtures.T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
