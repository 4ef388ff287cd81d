package dev.preflight.report;

import static dev.preflight.report.Fixtures.item;
import static dev.preflight.report.Fixtures.result;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Operator;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A finished run of the seed checklist with every status, a warning item, CJK and emoji titles,
 * multi-line reasons and output full of escape codes: everything the reports must survive.
 */
final class SampleRun {
  static final RunEnvironment ENVIRONMENT = RunEnvironment.of("0.1.0",
      "9e6516c1b1a4a43a6f0f1e7d2c4b8a9d0e1f2a3b", "release/2.4", "Linux 6.1.0-28 amd64",
      "17.0.15");

  private SampleRun() {}

  static RunResult create() {
    return create(title -> title);
  }

  /** Titles passed through {@code titles}, e.g. to leave only their English half. */
  static RunResult create(UnaryOperator<String> titles) {
    Item tests = item("final-tests", titles.apply("最终测试运行 · Final test run")).in("technical", "code-quality")
        .run("python -m pytest tests/unit -v")
        .expect("failed", Operator.EQ, 0).expect("passed", Operator.GT, 0).build();
    Item coverage = item("core-coverage", titles.apply("覆盖率确认 · Core coverage above 80%"))
        .in("technical", "code-quality").expect("coverage", Operator.GT, 80).build();
    Item lint = item("lint", titles.apply("代码规范检查 · Lint clean (make lint) across every module of the service"))
        .in("technical", "code-quality").run("make lint").warning().build();
    Item types = item("type-check", titles.apply("类型检查 · Type check")).in("technical", "code-quality").build();
    Item security = item("security-check", titles.apply("安全扫描 · Security scan \"bandit\""))
        .in("technical", "code-quality").build();
    Item migrate = item("db-migrate", titles.apply("数据库迁移 · Database migration")).in("technical", "database").build();
    Item backup = item("db-backup", titles.apply("数据库备份 · Database backup")).in("technical", "database")
        .skip("backups run nightly").build();
    Item index = item("db-index", titles.apply("索引优化 · Index tuning")).in("technical", "database").build();
    Item image = item("image-build", titles.apply("镜像构建 · Image builds")).in("technical", "containers")
        .build();
    Item scan = item("image-scan", titles.apply("镜像扫描 · Image scan")).in("technical", "containers")
        .build();
    Item notified = item("team-notified", titles.apply("团队通知 · Team notified of go-live time")).in("go-live")
        .manual("Post the go-live time in the release channel.\nMention the on-call engineer.")
        .build();
    Item smoke = item("smoke", titles.apply("冒烟测试 ✅ · Smoke test 🚀")).in("go-live")
        .expect("latency_ms", Operator.LT, 500).build();
    Item docs = item("release-notes", titles.apply("发布说明 · Release notes published")).in("go-live")
        .manual("Publish the release notes.").warning().build();
    Item drill = item("rollback-drill", titles.apply("回滚流程 · Rollback drill")).in("go-live")
        .manual("Roll staging back to the previous release and time it.").build();

    List<ItemResult> results = List.of(
        result(tests, Status.PASS).ran(0, 3_200, 0).metric("passed", 42).metric("failed", 0)
            .metric("test_seconds", 3.1).build(),
        result(coverage, Status.FAIL).ran(3_200, 5_100, 0).metric("coverage", 72.4)
            .metric("lines_total", 1234).metric("branch_coverage", 97.22222222222223).reason("coverage = 72.4, expected > 80")
            .stdout("\u001b[1mName                 Stmts   Miss  Cover\u001b[0m\n"
                + "core/di.py              120     21    82%\n"
                + "core/api.py             410    120    71%\n\n"
                + "\u001b[31mTOTAL                  1234    340    72%\u001b[0m\n").build(),
        result(lint, Status.FAIL).ran(3_200, 1_800, 2).reason("exit_code = 2, expected == 0")
            .stdout("checking 48 files\n")
            .stderr("core/a.py:1:1: F401 'os' imported but unused\n"
                + "core/b.py:3:80: E501 line too long (88 > 79 characters)\n"
                + "core/c.py:9:1: \u001b[1;31mE302\u001b[0m expected 2 blank lines\n"
                + "core/d.py:12:5:\tW605 invalid escape sequence \u0007\n"
                + "progress 10%\rprogress 100%\r\n"
                + "\u001b]8;;https://docs.example/E302\u0007help\u001b]8;;\u0007 at docs\n"
                + "make: *** [lint] Error 2\n").build(),
        result(types, Status.ERROR).ran(5_000, 45_000, null).attempts(2)
            .reason("timed out after 45s (attempt 2 of 2)\nkilled 3 processes: sh, make, mypy")
            .stdout("core/di.py: note: checking\n").build(),
        ItemResult.notRun(security, Status.BLOCKED, "needs type-check, which did not pass (error)"),
        result(migrate, Status.PASS).ran(0, 120, 0).build(),
        ItemResult.notRun(backup, Status.SKIPPED, "backups run nightly"),
        result(index, Status.WAIVED).ran(120, 2_400, 1).reason("exit_code = 1, expected == 0")
            .waiver("li.wei", "tuning is scheduled after launch", "2026-12-01").build(),
        ItemResult.notRun(image, Status.SKIPPED, "not selected by --only"),
        ItemResult.notRun(scan, Status.SKIPPED, "not selected by --only"),
        result(notified, Status.PENDING)
            .reason("1 of 2 sign-offs (zhang.min); waiting for another signer")
            .signoff("zhang.min", -30, "posted in #release", null, null).build(),
        result(smoke, Status.PASS).ran(50_000, 65_000, 0).metric("latency_ms", 182.5).build(),
        ItemResult.notRun(docs, Status.PENDING,
            "signed by mei 2026-11-19 09:00 UTC, expired 2026-11-20 09:00 UTC"),
        result(drill, Status.PASS)
            .signoff("li.wei", -90, "4 min 10 s from decision to old version serving",
                "OPS-2291 drill log", Fixtures.T0.plusSeconds(86_400 - 5400))
            .build());

    Section quality = new Section("code-quality", titles.apply("代码质量验证 · Code quality"), null,
        List.of(tests, coverage, lint, types, security), List.of());
    Section database = new Section("database", titles.apply("🗄️ 数据库准备 · Database"), null,
        List.of(migrate, backup, index), List.of());
    Section containers = new Section("containers", titles.apply("容器化准备 · Containerization"),
        null, List.of(image, scan), List.of());
    Section technical = new Section("technical", titles.apply("技术准备 · Technical readiness"), null, List.of(),
        List.of(quality, database, containers));
    Section goLive = new Section("go-live", titles.apply("🚀 上线执行 · Go-live"), null,
        List.of(notified, smoke, docs, drill), List.of());
    Checklist checklist = new Checklist("Core Module Deployment Checklist", null,
        Path.of("checklists/core-module-deployment.yaml"), Map.of(), List.of(),
        List.of(technical, goLive));
    return new RunResult(checklist, Fixtures.T0, Duration.ofMillis(115_240), results,
        new Verdict("fail", ExitCode.FAILED, "FAILED — 4 blocking items did not pass"),
        ENVIRONMENT);
  }
}
