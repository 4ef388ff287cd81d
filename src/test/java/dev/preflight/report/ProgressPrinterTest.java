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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static final String ESC = "\u001b";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final RecordingStream out = new RecordingStream(bytes);
  private final MovableClock clock = new MovableClock();

  // ---- CI: one line per finished item ------------------------------------------------------

  @Test
  void ciPrintsOneAlignedLinePerItemInTheOrderTheyFinish() {
    ProgressPrinter printer = ci(new PlainStyle());
    printer.planned(11);
    playOutOfOrder(printer);
    Golden.assertMatches("progress/ci.txt", text());
    assertThat(text()).doesNotContain(ESC);
  }

  @Test
  void ciWithAsciiGlyphsAndNoPlanHasNoCounterAndNothingOutsideAscii() {
    Map<String, ItemResult> byId = byId(SampleRun.create(
        title -> title.replaceAll(".*· ", "").replaceAll("\\P{ASCII}", "").strip()));
    ProgressPrinter printer = ci(new PlainStyle(Glyphs.ASCII));
    for (ItemResult r : byId.values()) {
      printer.finished(r);
    }
    Golden.assertMatches("progress/ci-ascii.txt", text());
    assertThat(text()).matches("\\p{ASCII}*");
  }

  @Test
  void ciColoursOnlyWhatThePlainLineShows() {
    ProgressPrinter plain = ci(new PlainStyle());
    plain.planned(11);
    playOutOfOrder(plain);
    String expected = text();
    bytes.reset();

    ProgressPrinter colour = ci(new AnsiStyle());
    colour.planned(11);
    playOutOfOrder(colour);
    assertThat(text()).contains(ESC + "[");
    assertThat(Escapes.strip(text())).isEqualTo(expected);
  }

  @Test
  void ciLinesNeverInterleaveAcrossThreads() throws Exception {
    ProgressPrinter printer = ci(new PlainStyle(Glyphs.ASCII));
    printer.planned(400);
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Item item = Fixtures.item("item-" + i, "Item " + i).build();
      results.add(Fixtures.result(item, Status.PASS).ran(0, 1_200, 0).build());
    }
    hammer(results, printer);

    List<String> lines = text().lines().toList();
    assertThat(lines).hasSize(400)
        .allMatch(l -> l.matches(
            "\\[ *\\d+/400] \\[PASS]    pass     1\\.2s  item-\\d+  Item \\d+"));
    assertThat(lines.stream().map(l -> l.substring(1, 4).strip()).toList())
        .as("counters count up: each line was formatted under the same lock that printed it")
        .isEqualTo(IntStream.rangeClosed(1, 400).mapToObj(String::valueOf).toList());
    assertThat(lines.stream().map(l -> l.replaceAll(".*  (item-\\d+)  .*", "$1")).distinct())
        .hasSize(400);
  }

  // ---- TTY: the live board -----------------------------------------------------------------

  @Test
  void ttyFramesMoveUpOverTheBoardRewriteEachLineAndClearItsRest() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    Item tests = Fixtures.item("final-tests", "最终测试运行 · Final test run").build();
    Item lint = Fixtures.item("lint", "Lint").build();
    printer.planned(3);

    printer.started(tests);
    assertThat(lastPrint()).isEqualTo(ESC + "[?25l\r"
        + "[0/3] 1 running" + ESC + "[K\n"
        + "⠋     0s  final-tests  最终测试运行 · Final test run" + ESC + "[K\n");

    clock.advance(Duration.ofSeconds(4));
    printer.started(lint);
    assertThat(lastPrint()).isEqualTo(ESC + "[2A\r"
        + "[0/3] 2 running" + ESC + "[K\n"
        + "⠋     4s  final-tests  最终测试运行 · Final test run" + ESC + "[K\n"
        + "⠋     0s  lint  Lint" + ESC + "[K\n");
  }

  @Test
  void ttyShrinkingBoardErasesTheLinesItNoLongerNeeds() {
    ProgressPrinter printer = tty(new PlainStyle(Glyphs.ASCII), 60);
    VirtualTerminal screen = new VirtualTerminal(60);
    Item a = Fixtures.item("a", "A").build();
    Item b = Fixtures.item("b", "B").build();
    Item c = Fixtures.item("c", "C").build();
    printer.planned(3);
    printer.started(a);
    printer.started(b);
    printer.started(c);
    clock.advance(Duration.ofSeconds(2));
    printer.finished(Fixtures.result(a, Status.FAIL).ran(0, 2_000, 1).build());
    printer.finished(Fixtures.result(c, Status.PASS).ran(0, 2_000, 0).build());

    assertThat(lastPrint()).isEqualTo(ESC + "[3A\r"
        + "[2/3] 1 running, 1 failed so far" + ESC + "[K\n"
        + "-     2s  b  B" + ESC + "[K\n"
        + ESC + "[J");
    assertThat(screen.feed(text()).screen()).isEqualTo("""
        [2/3] 1 running, 1 failed so far
        -     2s  b  B""");
    assertThat(screen.row()).as("cursor just below the board").isEqualTo(2);
  }

  @Test
  void ttyScreenShowsExactlyTheRunningItemsAndClearLeavesNothingBehind() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    VirtualTerminal screen = new VirtualTerminal(60);
    out.print("$ preflight run release.yaml\n");
    Item tests = Fixtures.item("final-tests", "最终测试运行 · Final test run").build();
    Item coverage = Fixtures.item("core-coverage", "覆盖率确认 · Core coverage").build();
    Item smoke = Fixtures.item("smoke", "冒烟测试 ✅ · Smoke test 🚀").build();
    printer.planned(5);
    printer.finished(ItemResult.notRun(Fixtures.item("db-backup", "Backup").build(),
        Status.SKIPPED, "backups run nightly"));
    printer.started(tests);
    clock.advance(Duration.ofSeconds(3));
    printer.started(coverage);
    printer.started(smoke);
    clock.advance(Duration.ofSeconds(62));
    printer.finished(Fixtures.result(coverage, Status.FAIL).ran(0, 62_000, 1).build());
    printer.redraw();

    assertThat(screen.feed(text()).screen()).isEqualTo("""
        $ preflight run release.yaml
        [2/5] 2 running · 1 failed so far
        ⠴  1m05s  final-tests  最终测试运行 · Final test run
        ⠴  1m02s  smoke  冒烟测试 ✅ · Smoke test 🚀""");
    assertThat(screen.cursorVisible()).isFalse();

    printer.clear();
    screen = new VirtualTerminal(60).feed(text());
    assertThat(screen.screen()).isEqualTo("$ preflight run release.yaml");
    assertThat(screen.cursorVisible()).isTrue();
    assertThat(List.of(screen.row(), screen.col())).as("cursor where the board began")
        .isEqualTo(List.of(1, 0));

    out.print("Core Module Deployment Checklist\n");
    assertThat(new VirtualTerminal(60).feed(text()).screen()).isEqualTo("""
        $ preflight run release.yaml
        Core Module Deployment Checklist""");
  }

  @Test
  void ttyBoardIsCappedAndSaysHowManyMoreAreRunning() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    for (int i = 1; i <= 11; i++) {
      printer.started(Fixtures.item("item-" + i, "Item " + i).build());
      clock.advance(Duration.ofSeconds(1));
    }
    printer.redraw();
    List<String> lines = new VirtualTerminal(60).feed(text()).screen().lines().toList();
    assertThat(lines).hasSize(1 + LiveBoard.MAX_ROWS + 1);
    assertThat(lines.get(0)).isEqualTo("[0] 11 running");
    assertThat(lines.get(1)).endsWith("11s  item-1  Item 1");
    assertThat(lines.get(8)).endsWith(" 4s  item-8  Item 8");
    assertThat(lines.get(9)).isEqualTo("  … and 3 more");
  }

  @Test
  void ttyLinesAreCutInCellsSoTheyNeverWrap() {
    ProgressPrinter printer = tty(new PlainStyle(), 32);
    printer.started(Fixtures.item("core-coverage-with-a-long-identifier", "Coverage").build());
    printer.started(Fixtures.item("smoke", "冒烟测试运行很长的标题 · Smoke test").build());
    printer.started(Fixtures.item("lint", "代码规范检查 · Lint clean").build());

    // the virtual terminal fails on a line that wraps
    String screen = new VirtualTerminal(32).feed(text()).screen();
    assertThat(screen).isEqualTo("""
        [0] 3 running
        ⠋     0s  core-coverage-with-a…
        ⠋     0s  smoke  冒烟测试运行…
        ⠋     0s  lint  代码规范检查 ·…""");
    assertThat(screen.lines()).allMatch(l -> Cells.width(l) <= 31);
  }

  @Test
  void ttyBoardStaysNarrowWhateverWidthIsClaimed() {
    ProgressPrinter printer = tty(new PlainStyle(), 200);
    printer.started(Fixtures.item("lint", "代码规范检查 · Lint clean ".repeat(8)).build());
    String screen = new VirtualTerminal(80).feed(text()).screen();
    assertThat(screen.lines()).allMatch(l -> Cells.width(l) <= LiveBoard.MAX_WIDTH - 1);
    assertThat(screen).endsWith("…");
  }

  @Test
  void ttyColourFramesShowTheSameScreenAsPlainOnes() {
    ProgressPrinter printer = tty(new AnsiStyle(), 60);
    Item tests = Fixtures.item("final-tests", "最终测试运行 · Final test run").build();
    printer.planned(2);
    printer.started(tests);
    printer.finished(ItemResult.notRun(Fixtures.item("x", "X").build(), Status.ERROR, "boom"));
    assertThat(text()).contains(ESC + "[31m1 failed so far");
    assertThat(new VirtualTerminal(60).feed(text()).screen()).isEqualTo("""
        [1/2] 1 running · 1 failed so far
        ⠋     0s  final-tests  最终测试运行 · Final test run""");
    printer.clear();
    assertThat(new VirtualTerminal(60).feed(text()).screen()).isEmpty();
  }

  @Test
  void ttyRedrawsOnlyWhenTheScreenWouldChange() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    printer.started(Fixtures.item("a", "A").build());
    int prints = out.prints.size();
    printer.redraw();
    printer.redraw();
    assertThat(out.prints).hasSize(prints);
    clock.advance(Duration.ofSeconds(1));
    printer.redraw();
    assertThat(out.prints).hasSize(prints + 1);
    assertThat(lastPrint()).contains("1s  a  A");
  }

  @Test
  void ttyWritesEachFrameInOnePrintAndTheEraseInAnother() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    Item a = Fixtures.item("a", "A").build();
    Item b = Fixtures.item("b", "B").build();
    printer.started(a);
    printer.started(b);
    printer.finished(Fixtures.result(a, Status.PASS).ran(0, 10, 0).build());
    printer.finished(Fixtures.result(b, Status.PASS).ran(0, 10, 0).build());
    printer.clear();
    printer.clear();
    assertThat(out.prints).hasSize(5);
    assertThat(out.prints.get(4)).isEqualTo(ESC + "[1A\r" + ESC + "[J" + ESC + "[?25h");
    assertThat(out.flushes).isEqualTo(5);
  }

  @Test
  void ttyFramesGolden() {
    ProgressPrinter printer = tty(new PlainStyle(), 60);
    StringBuilder log = new StringBuilder();
    Function<String, String> step = name -> {
      log.append("# ").append(name).append('\n').append(visible(text())).append('\n');
      bytes.reset();
      return name;
    };
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      items.add(Fixtures.item("step-" + i, "步骤 " + i + " · Step " + i).build());
    }
    printer.started(items.get(0));
    step.apply("started step-1 before planned");
    printer.planned(10);
    step.apply("planned 10");
    clock.advance(Duration.ofMillis(1_200));
    printer.redraw();
    step.apply("tick 1.2s later");
    for (Item item : items.subList(1, 10)) {
      printer.started(item);
    }
    step.apply("started step-2 … step-10");
    clock.advance(Duration.ofSeconds(59));
    printer.finished(Fixtures.result(items.get(3), Status.FAIL).ran(0, 1_000, 1).build());
    step.apply("step-4 failed a minute in");
    for (Item item : items.subList(1, 9)) {
      if (item != items.get(3)) {
        printer.finished(Fixtures.result(item, Status.PASS).ran(0, 1_000, 0).build());
      }
    }
    step.apply("seven more passed");
    printer.clear();
    step.apply("clear");
    Golden.assertMatches("progress/board-frames.txt", log.toString());
  }

  @Test
  void ttyTickerRedrawsOnItsOwnAndStopsOnClear() throws Exception {
    ProgressPrinter printer = new ProgressPrinter(out, new PlainStyle(), true, 60, clock,
        Duration.ofMillis(5));
    printer.started(Fixtures.item("a", "A").build());
    clock.advance(Duration.ofSeconds(7));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!screen(60).contains("7s  a  A") && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(screen(60)).contains("7s  a  A");
    assertThat(tickerThreads()).isNotEmpty().allMatch(Thread::isDaemon);

    printer.clear();
    int written = bytes.size();
    clock.advance(Duration.ofSeconds(1));
    Thread.sleep(100);
    assertThat(bytes.size()).as("no frame after clear()").isEqualTo(written);
    assertThat(screen(60)).isEmpty();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!tickerThreads().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(tickerThreads()).as("ticker thread ends with clear()").isEmpty();
  }

  @Test
  void ttyFramesStayWholeUnderConcurrentEventsAndTicks() throws Exception {
    ProgressPrinter printer = new ProgressPrinter(out, new PlainStyle(), true, 60, clock,
        Duration.ofMillis(1));
    printer.planned(400);
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Item item = Fixtures.item("item-" + i, "项目 " + i).build();
      results.add(Fixtures.result(item, i % 7 == 0 ? Status.FAIL : Status.PASS)
          .ran(0, 10, 0).build());
    }
    hammer(results, printer);
    String beforeClear = screen(60);
    printer.clear();

    assertThat(beforeClear).startsWith("[400/400] 0 running · 58 failed so far");
    assertThat(out.prints).allMatch(p -> p.startsWith("\r") || p.startsWith(ESC + "["));
    VirtualTerminal screen = new VirtualTerminal(60).feed(text());
    assertThat(screen.screen()).isEmpty();
    assertThat(screen.cursorVisible()).isTrue();
  }

  @Test
  void nonTtyNeverDrawsABoard() {
    ProgressPrinter printer = ci(new PlainStyle());
    printer.started(Fixtures.item("a", "A").build());
    printer.redraw();
    printer.clear();
    assertThat(text()).isEmpty();
  }

  // ---- helpers -----------------------------------------------------------------------------

  private ProgressPrinter ci(Style style) {
    return new ProgressPrinter(out, style, false, 100, clock, null);
  }

  private ProgressPrinter tty(Style style, int width) {
    return new ProgressPrinter(out, style, true, width, clock, null);
  }

  /** The sample run: never-started items first, as the scheduler reports them, then as they end. */
  private static void playOutOfOrder(ProgressPrinter printer) {
    Map<String, ItemResult> r = byId(SampleRun.create());
    printer.finished(r.get("db-backup"));
    printer.finished(r.get("team-notified"));
    printer.finished(r.get("release-notes"));
    for (String id : List.of("final-tests", "db-migrate", "lint", "core-coverage", "type-check")) {
      printer.started(r.get(id).item());
    }
    printer.finished(r.get("db-migrate"));
    printer.started(r.get("db-index").item());
    for (String id : List.of("lint", "db-index", "final-tests", "core-coverage")) {
      printer.finished(r.get(id));
    }
    printer.started(r.get("smoke").item());
    printer.finished(r.get("type-check"));
    printer.finished(r.get("security-check"));
    printer.finished(r.get("smoke"));
  }

  private static Map<String, ItemResult> byId(RunResult run) {
    return run.items().stream().collect(Collectors.toMap(
        r -> r.item().id(), r -> r, (x, y) -> x, LinkedHashMap::new));
  }

  private static void hammer(List<ItemResult> results, ProgressPrinter printer)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(16);
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
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String lastPrint() {
    return out.prints.get(out.prints.size() - 1);
  }

  private String screen(int width) {
    synchronized (out) {
      return new VirtualTerminal(width).feed(text()).screen();
    }
  }

  /** Escapes and carriage returns made readable for a golden file. */
  private static String visible(String s) {
    return s.replace(ESC, "⎋").replace("\r", "␍");
  }

  private static List<Thread> tickerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("preflight-live-board") && t.isAlive())
        .toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Remembers every {@code print}, so a test can see that a frame was written in one piece. */
  private static final class RecordingStream extends PrintStream {
    final List<String> prints = Collections.synchronizedList(new ArrayList<>());
    volatile int flushes;

    RecordingStream(ByteArrayOutputStream bytes) {
      super(bytes, false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void print(String s) {
      prints.add(s);
      super.print(s);
    }

    @Override
    public synchronized void flush() {
      flushes++;
      super.flush();
    }
  }

  private static final class MovableClock extends Clock {
    private volatile Instant now = Fixtures.T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
