package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Waiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code junit} report: JUnit XML as the test tabs of Jenkins, GitLab and GitHub read it
 * (a schema of that dialect checks it in the tests). One
 * {@code testsuite} per top-level section, one {@code testcase} per item with the section path
 * as its {@code classname}, so the reporters group items as the checklist does.
 *
 * <p>Statuses map onto the four outcomes JUnit knows: fail is a {@code failure}; error and
 * blocked are an {@code error} (the item could not be judged); skipped, pending and waived are
 * {@code skipped}, with the reason as message, since none of them is a verdict on the code.
 * The root carries no {@code skipped} count: the schema does not allow one there.
 *
 * <p>Sign-offs and waivers travel as {@code <properties>} of their testcase ({@code
 * signoff.1.by}, {@code signoff.1.at}, … {@code waiver.reason}, {@code waiver.until}), the
 * convention pytest's {@code record_property} and test management tools share.
 */
public final class JunitReport implements ReportFormat {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public String render(RunResult run) {
    ResultTree tree = new ResultTree(run);
    Map<Status, Integer> counts = run.counts();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites").append(attr("name", run.checklist().name()))
        .append(attr("tests", run.items().size()))
        .append(attr("failures", counts.get(Status.FAIL)))
        .append(attr("errors", counts.get(Status.ERROR) + counts.get(Status.BLOCKED)))
        .append(attr("time", seconds(run.duration()))).append(">\n");
    for (Section section : run.checklist().sections()) {
      suite(section, tree, run, out);
    }
    return out.append("</testsuites>\n").toString();
  }

  private static void suite(Section section, ResultTree tree, RunResult run, StringBuilder out) {
    Instant runStart = run.startedAt();
    Map<Status, Integer> c = tree.counts(section);
    Instant start = tree.firstStart(section);
    out.append("  <testsuite").append(attr("name", ReportText.line(section.title())))
        .append(attr("tests", tree.all(section).size()))
        .append(attr("failures", c.get(Status.FAIL)))
        .append(attr("errors", c.get(Status.ERROR) + c.get(Status.BLOCKED)))
        .append(attr("skipped",
            c.get(Status.SKIPPED) + c.get(Status.PENDING) + c.get(Status.WAIVED)))
        .append(attr("time", seconds(tree.busy(section))))
        .append(attr("timestamp", UtcTime.iso(start == null ? runStart : start)))
        .append(">\n");
    for (ItemResult r : tree.all(section)) {
      testcase(r, run.checklist().file(), out);
    }
    out.append("  </testsuite>\n");
  }

  private static void testcase(ItemResult r, Path checklist, StringBuilder out) {
    String title = ReportText.line(r.item().title());
    out.append("    <testcase").append(attr("name", title.isBlank() ? r.item().id() : title))
        .append(attr("classname", String.join(".", r.item().section())))
        .append(attr("time", seconds(r.duration())));
    StringBuilder body = new StringBuilder();
    properties(r, body);
    List<String> reasons = r.reasons();
    String first = reasons.isEmpty() ? r.status().label() : reasons.get(0);
    String all = String.join("\n", reasons);
    switch (r.status()) {
      case FAIL -> outcome(body, "failure", first, "fail", all);
      case ERROR, BLOCKED -> outcome(body, "error", first, r.status().label(), all);
      case PENDING -> outcome(body, "skipped", "awaiting sign-off: " + first, null,
          pending(r, checklist));
      case WAIVED -> outcome(body, "skipped", r.waiver() == null ? String.join("; ", reasons)
          : SignoffText.waiver(r.waiver()), null, all);
      case SKIPPED -> outcome(body, "skipped", String.join("; ", reasons), null, all);
      case PASS -> { }
    }
    if (r.notice() != null) {
      stream(body, "system-out", NoticeText.plain(r.notice()));
    }
    stream(body, "system-out", OutputTail.of(r.stdout()));
    stream(body, "system-err", OutputTail.of(r.stderr()));
    out.append(body.isEmpty() ? "/>\n" : ">\n" + body + "    </testcase>\n");
  }

  private static void outcome(
      StringBuilder body, String element, String message, String type, String text) {
    body.append("      <").append(element).append(attr("message", message));
    if (type != null) {
      body.append(attr("type", type));
    }
    String content = MarkupText.text(text);
    body.append(content.isEmpty() ? "/>\n" : ">" + content + "</" + element + ">\n");
  }

  /** Reasons, then what the person who should act needs: the instructions and the command. */
  private static String pending(ItemResult r, Path checklist) {
    StringBuilder text = new StringBuilder(String.join("\n", r.reasons()));
    if (r.item().check() instanceof Check.Manual manual) {
      text.append(text.isEmpty() ? "" : "\n").append("manual: ").append(manual.instructions())
          .append("\nsign off with: ").append(SignoffText.hint(r, checklist));
    }
    return text.toString();
  }

  private static void properties(ItemResult r, StringBuilder body) {
    StringBuilder props = new StringBuilder();
    int n = 0;
    for (Signoff s : r.signoffs()) {
      String p = "signoff." + ++n + ".";
      property(props, p + "by", s.by());
      property(props, p + "at", UtcTime.iso(s.at()));
      property(props, p + "note", s.note());
      property(props, p + "evidence", s.evidence());
      property(props, p + "release", s.release());
      property(props, p + "expiresAt", UtcTime.iso(s.expiresAt()));
    }
    Waiver w = r.waiver();
    if (w != null) {
      property(props, "waiver.by", w.by());
      property(props, "waiver.at", UtcTime.iso(w.at()));
      property(props, "waiver.reason", w.reason());
      property(props, "waiver.until", SignoffText.until(w));
    }
    if (!props.isEmpty()) {
      body.append("      <properties>\n").append(props).append("      </properties>\n");
    }
  }

  private static void property(StringBuilder props, String name, String value) {
    if (value != null) {
      props.append("        <property").append(attr("name", name))
          .append(attr("value", ReportText.clean(value))).append("/>\n");
    }
  }

  private static void stream(StringBuilder body, String element, String tail) {
    if (!tail.isEmpty()) {
      body.append("      <").append(element).append('>').append(MarkupText.text(tail))
          .append("</").append(element).append(">\n");
    }
  }

  private static String attr(String name, Object value) {
    return " " + name + "=\"" + MarkupText.attribute(String.valueOf(value)) + "\"";
  }

  /** Seconds with millisecond precision and a dot, whatever the locale: {@code 3.200}. */
  static String seconds(Duration d) {
    long ms = d == null ? 0 : Math.max(0, d.toMillis());
    return ms / 1000 + "." + String.format(Locale.ROOT, "%03d", ms % 1000);
  }
}
