package dev.preflight.report;

import static dev.preflight.report.Fixtures.item;
import static dev.preflight.report.Fixtures.result;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Operator;
import dev.preflight.model.Output;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An interrupted run whose titles, reasons and output carry everything that breaks document
 * formats: markup and Markdown syntax, {@code ]]>}, backtick fences, workflow-command syntax
 * ({@code ::}, {@code %}, {@code ,}), control characters, escape codes, lone surrogates,
 * U+FFFE and the U+FFFD of invalid UTF-8. Sections nest three deep; git is unknown.
 */
final class HostileRun {
  static final String SCRIPT = "<script>alert('x')</script>";

  private HostileRun() {}

  static RunResult create() {
    Item markup = item("markup", "Title <b>bold</b> & \"quoted\" 'single' " + SCRIPT)
        .in("outer").build();
    Item markdown = item("markdown", "*stars* _under_ [link](http://x) | pipe `tick` # hash \\ ~x~")
        .in("outer").expect("ratio", Operator.GT, 1).build();
    Item cdata = item("cdata", "CDATA ]]> end \u0001\u001b[31mred\u001b[0m \ud800 lone \ufffe")
        .in("outer", "middle").build();
    Item workflow = item("workflow", "::error::injected, 100% done: a,b\r\nsecond line")
        .in("outer", "middle", "inner").build();
    Item waived = item("waived", "Waived ✓").in("outer", "middle", "inner").build();
    Item manual = item("sign", "Sign <off>").in("outer", "middle", "inner")
        .manual("Check `prod` & <staging>").build();
    Item skipped = item("skipped", "Skipped | pipe").in("plain").skip("not today").build();
    Item quiet = item("quiet", "Quiet pass").in("plain").build();

    String nasty = "line with ]]> and </pre></details><!-- -->\n"
        + "```\nfenced ```` four\n"
        + "bell \u0007 nul \u0000 esc \u001b[1mbold\u001b[0m vt \u000b ff \u000c del \u007f c1 \u0085\n"
        + "bad utf-8 \ufffd\ufffd here, nonchar \uffff, lone \udc00 surrogate\n"
        + "::add-mask::secret and %0A and 50%\r\n"
        + "中文输出 🚀\n";
    List<ItemResult> results = List.of(
        result(markup, Status.ERROR).ran(0, 1_005, null)
            .reason("command not found: <frob> & \"friends\"").stderr(nasty).build(),
        result(markdown, Status.FAIL).ran(0, 42, 1).metric("ratio", 0.5)
            .metric("nan", Double.NaN).metric("tick`s", 3)
            .reason("ratio = 0.5, expected > 1\nsecond line with `code` and *stars*")
            .stdout(nasty).build(),
        result(cdata, Status.FAIL).ran(10, 7, 1).reason("reason with ]]> and \u0001 and %").build(),
        ItemResult.notRun(workflow, Status.BLOCKED, "needs cdata: a::b, 100%\nnext"),
        result(waived, Status.WAIVED).ran(20, 3_000, 1).reason("waived by ops: 'ok' until 2026-12-01")
            .build(),
        ItemResult.notRun(manual, Status.PENDING, "no sign-off recorded"),
        ItemResult.notRun(skipped, Status.SKIPPED, "not today"),
        new ItemResult(quiet, Status.PASS, Fixtures.T0, Duration.ofMillis(1), 0, 1, Map.of(),
            List.of(), Output.EMPTY, Output.EMPTY,
            ".preflight/logs/quiet.log"));

    Section inner = new Section("inner", "Inner ### <i>deep</i>", null,
        List.of(workflow, waived, manual), List.of());
    Section middle = new Section("middle", "Middle & more", null, List.of(cdata), List.of(inner));
    Section outer = new Section("outer", "Outer: a,b % \u001b[1m<Top>\u001b[0m", null,
        List.of(markup, markdown), List.of(middle));
    Section plain = new Section("plain", "Plain", null, List.of(skipped, quiet), List.of());
    Checklist checklist = new Checklist("Hostile & <Checklist> \"name\"", null,
        Path.of("lists/hostile.yaml"), Map.of(), List.of(), List.of(outer, plain));
    return new RunResult(checklist, Fixtures.T0, Duration.ofMillis(4_321), results,
        new Verdict("interrupted", ExitCode.INTERRUPTED, "INTERRUPTED — stopped by SIGINT"),
        RunEnvironment.of("0.1.0", null, null, "Linux 6.1 amd64", "17.0.15"));
  }
}
