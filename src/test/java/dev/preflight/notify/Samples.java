package dev.preflight.notify;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import dev.preflight.testing.TestItems;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Runs and messages for the notification tests: every status, CJK, markup in reasons. */
final class Samples {
  static final String LINK = "https://github.com/acme/api/actions/runs/42";
  static final RunEnvironment ENV = RunEnvironment.of("0.1.0",
      "9e6516c1b1a4a43a6f0f1e7d2c4b8a9d0e1f2a3b", "release/2.4", "Linux", "17");
  static final String SECRET = "s3cr3t-token-value";
  static final UnaryOperator<String> MASK = s -> s == null ? null : s.replace(SECRET, "***");

  private Samples() {}

  static RunResult run() {
    Item tests = titled(TestItems.command("final-tests", "pytest"), "最终测试运行 · Final test run");
    Item coverage = titled(TestItems.command("core-coverage", "pytest --cov"),
        "覆盖率确认 · Core coverage above 80%");
    Item deploy = titled(TestItems.command("deploy", "make deploy"), "Deploy <!channel> & co");
    Item lint = TestItems.warning(titled(TestItems.command("lint", "make lint"), "Lint"));
    Item signed = titled(TestItems.manual("team-ready"), "团队准备 · Teams ready");
    Item skipped = titled(TestItems.command("bench", "make bench"), "Benchmarks");
    List<ItemResult> results = List.of(
        ran(tests, Status.PASS, List.of(), ""),
        ran(coverage, Status.FAIL, List.of("coverage = 72.4, expected > 80"),
            "Name    Stmts   Miss  Cover\nTOTAL    1234    340    72%\n"),
        ran(deploy, Status.ERROR, List.of("exit code 2, expected 0 <b>&</b>"),
            "using token " + SECRET + "\nmake: *** [deploy] Error 2\n"),
        ran(lint, Status.FAIL, List.of("issues = 3, expected == 0"), ""),
        ItemResult.notRun(signed, Status.PENDING, "no sign-off recorded"),
        ItemResult.notRun(skipped, Status.SKIPPED, "skipped by --skip"));
    Checklist checklist = new Checklist("核心模块上线部署清单 · Core Module Deployment", null,
        Path.of("checklists/release.yaml"), Map.of(), List.of(),
        List.of(new Section("main", "Main", null,
            List.of(tests, coverage, deploy, lint, signed, skipped), List.of())));
    return new RunResult(checklist, Instant.parse("2026-11-27T18:00:00Z"),
        Duration.ofMillis(14_210), results,
        new Verdict("fail", ExitCode.FAILED, "FAILED — 2 blocking items did not pass"), ENV);
  }

  static Message runMessage() {
    return Message.of(run(), LINK, MASK);
  }

  static Message announcement() {
    return Message.announcement("核心模块上线部署清单 · Core Module Deployment",
        "团队通知 · Go-live time announced",
        "上线时间 · Go-live: 2026-11-28 20:00 CST\nWindow: 30 minutes, <@here> & ops.", ENV, LINK,
        MASK);
  }

  /** A run with {@code n} failing items whose reasons are {@code reasonLength} long. */
  static Message many(int n, int reasonLength) {
    List<ItemResult> results = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Item item = TestItems.command("item-" + i, "false");
      items.add(item);
      results.add(ran(item, Status.FAIL, List.of("x".repeat(reasonLength)), ""));
    }
    Checklist checklist = new Checklist("Many", null, Path.of("many.yaml"), Map.of(), List.of(),
        List.of(new Section("main", "Main", null, items, List.of())));
    RunResult run = new RunResult(checklist, Instant.EPOCH, Duration.ofSeconds(1), results,
        new Verdict("fail", ExitCode.FAILED, "FAILED — " + n + " blocking items failed"), ENV);
    return Message.of(run, null, s -> s);
  }

  private static Item titled(Item i, String title) {
    return new Item(i.id(), title, i.description(), i.section(), i.check(), i.workdir(), i.env(),
        i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), i.parse(), i.expect(),
        i.retries(), i.retryDelay(), i.exclusive());
  }

  private static ItemResult ran(Item item, Status status, List<String> reasons, String stderr) {
    return new ItemResult(item, status, Instant.parse("2026-11-27T18:00:01Z"),
        Duration.ofMillis(1200), item.check() instanceof Check.Manual ? null : 0, 1, Map.of(),
        reasons, Output.EMPTY, new Output(stderr, stderr.length()), null);
  }
}
