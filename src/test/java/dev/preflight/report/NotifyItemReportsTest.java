package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Notice;
import dev.preflight.model.NotifyTarget;
import dev.preflight.model.Output;
import dev.preflight.model.RunResult;
import dev.preflight.model.Section;
import dev.preflight.model.Severity;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import dev.preflight.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Notify items in every report: the target and the message, whether it was sent, refused or
 * not configured, so that a message nobody sent can be posted by hand from any report.
 */
class NotifyItemReportsTest {
  private static final String MESSAGE = "上线时间 · Go-live: 2026-11-28 20:00 CST\nWindow: 30 min.";

  static RunResult run() {
    Item sent = notify("team-notified", "团队通知 · Go-live time announced");
    Item refused = notify("channel-test", "通知渠道 · Test alert through DingTalk");
    Item unset = notify("users-notified", "用户通知 · Users notified");
    List<ItemResult> results = List.of(
        new ItemResult(sent, Status.PASS, Fixtures.T0, Duration.ofMillis(240), null, 1, Map.of(),
            List.of(), Output.EMPTY, Output.EMPTY, null,
            new Notice("dingtalk oapi.dingtalk.com", MESSAGE, "200 {\"errcode\":0}"), List.of(),
            null),
        new ItemResult(refused, Status.FAIL, Fixtures.T0, Duration.ofMillis(3_100), null, 3,
            Map.of(), List.of("dingtalk oapi.dingtalk.com: HTTP 500 boom"),
            Output.EMPTY, Output.EMPTY, null,
            new Notice("dingtalk oapi.dingtalk.com", "Test alert from preflight.", null),
            List.of(), null),
        new ItemResult(unset, Status.PENDING, null, Duration.ZERO, null, 0, Map.of(),
            List.of("not sent: SLACK_WEBHOOK is not set; set it to send the message, or post it"
                + " by hand"), Output.EMPTY, Output.EMPTY, null,
            new Notice("slack", "We go live tonight at 20:00.", null), List.of(), null));
    Checklist checklist = new Checklist("Release", null, Path.of("release.yaml"), Map.of(),
        List.of(), List.of(new Section("go-live", "上线执行 · Go-live", null,
            List.of(sent, refused, unset), List.of())));
    return new RunResult(checklist, Fixtures.T0, Duration.ofMillis(3_400), results,
        new Verdict("fail", ExitCode.FAILED, "FAILED — 1 blocking item failed, 1 pending"),
        SampleRun.ENVIRONMENT);
  }

  private static Item notify(String id, String title) {
    NotifyTarget target = new NotifyTarget.Webhook("{{ env.DINGTALK_WEBHOOK }}", "dingtalk",
        null, NotifyTarget.DEFAULT_TIMEOUT);
    return new Item(id, title, null, List.of("go-live"), new Check.Notify(target, MESSAGE),
        Path.of("/work"), Map.of(), Duration.ofMinutes(10), Severity.BLOCKER, Set.of(),
        List.of(), null, null, List.of(), 0, Duration.ZERO, false);
  }

  @Test
  void terminal() {
    String report = new TerminalReport(new PlainStyle(Glyphs.UNICODE), 100).render(run());
    assertThat(report).contains("      → dingtalk oapi.dingtalk.com: 上线时间 · Go-live: 2026-11-28"
        + " 20:00 CST\n        Window: 30 min.\n");
    Golden.assertMatches("terminal/notify.txt", report);
    Golden.assertMatches("terminal/notify-ascii.txt",
        new TerminalReport(new PlainStyle(Glyphs.ASCII), 100).render(run()));
  }

  @Test
  void json() throws Exception {
    String report = new JsonReport().render(run());
    JsonNode items = new ObjectMapper().readTree(report).get("items");
    assertThat(items.get(0).get("kind").asText()).isEqualTo("notify");
    assertThat(items.get(0).at("/notify/target").asText()).isEqualTo("dingtalk oapi.dingtalk.com");
    assertThat(items.get(0).at("/notify/message").asText()).isEqualTo(MESSAGE);
    assertThat(items.get(2).at("/notify/answer").isNull()).isTrue();
    Golden.assertMatches("json/notify.json", report);
  }

  @Test
  void junit() {
    String report = new JunitReport().render(run());
    assertThat(report).contains("<system-out>notify dingtalk oapi.dingtalk.com\n上线时间");
    Golden.assertMatches("junit/notify.xml", report);
  }

  @Test
  void markdown() {
    String report = new MarkdownReport().render(run());
    assertThat(report).contains("  - → slack:<br>We go live tonight at 20:00.");
    Golden.assertMatches("markdown/notify.md", report);
  }

  @Test
  void html() {
    String report = new HtmlReport().render(run());
    assertThat(report).contains("<p class=\"manual notice\">→ dingtalk oapi.dingtalk.com:\n上线时间");
    Golden.assertMatches("html/notify.html", report);
  }

  @Test
  void github() {
    String report = new GithubReport().render(run());
    assertThat(report).contains("  → slack: We go live tonight at 20:00.");
    Golden.assertMatches("github/notify.txt", report);
  }
}
