package dev.preflight.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import dev.preflight.testing.RecordingServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first example of docs/notifications.md does what the page says, run by the packaged jar
 * against local webhooks; only its test command is swapped for one that passes or fails.
 */
class NotificationsDocIT {
  private static final Path DOC = Path.of("docs/notifications.md");
  private static final String TEST_COMMAND = "python3 -m pytest -q tests";

  @TempDir Path dir;

  private void example(String testCommand) throws Exception {
    Matcher m = Pattern.compile("(?ms)^```yaml\\n(version:.*?)^```")
        .matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).contains(TEST_COMMAND);
    Files.writeString(dir.resolve("preflight.yaml"), m.group(1).replace(TEST_COMMAND,
        testCommand), StandardCharsets.UTF_8);
  }

  @Test
  void aFailingRunTellsDingtalkAndSlackAndAnnouncesNothing() throws Exception {
    example("false");
    try (RecordingServer dingtalk = RecordingServer.answering(200, "{\"errcode\":0}");
        RecordingServer slack = RecordingServer.answering(200, "ok")) {
      Outcome o = Preflight.run(dir, env(dingtalk, slack), "run");
      assertThat(o.exitCode()).isEqualTo(1);
      assertThat(dingtalk.requests()).hasSize(1); // the verdict; the announcement is blocked
      assertThat(dingtalk.requests().get(0).body()).contains("FAILED");
      assertThat(slack.requests()).hasSize(1);
    }
  }

  @Test
  void aPassingRunAnnouncesTheGoLiveTimeAndTellsSlackNothing() throws Exception {
    example("true");
    try (RecordingServer dingtalk = RecordingServer.answering(200, "{\"errcode\":0}");
        RecordingServer slack = RecordingServer.answering(200, "ok")) {
      Outcome o = Preflight.run(dir, env(dingtalk, slack), "run");
      assertThat(o.exitCode()).as(o.stdout()).isZero();
      assertThat(dingtalk.requests()).hasSize(1);
      assertThat(dingtalk.requests().get(0).body()).contains("上线时间 · Go-live: 20:00 CST");
      assertThat(dingtalk.requests().get(0).uri().getRawQuery()).contains("&sign=");
      assertThat(slack.requests()).isEmpty();
    }
  }

  @Test
  void withoutTheVariablesNothingIsSentAndTheRunSaysWhy() throws Exception {
    example("true");
    Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1", "COLUMNS", "100"), "run");
    assertThat(o.exitCode()).isEqualTo(3);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String line : new String[] {
        "      not sent: DINGTALK_WEBHOOK, GOLIVE_TIME are not set; set them to send the message,"
            + " or post it by hand",
        "      → dingtalk: 上线时间 · Go-live: {{ env.GOLIVE_TIME }}",
        "        Everyone on the launch rota, please be online.",
        "      → preflight signoff announce",
        "Gate: PENDING — 1 sign-off outstanding (exit 3)",
        "notify: dingtalk not sent: DINGTALK_WEBHOOK is not set"}) {
      assertThat(o.stdout()).contains(line + "\n");
      assertThat(doc).contains(line + "\n");
    }
  }

  private static Map<String, String> env(RecordingServer dingtalk, RecordingServer slack) {
    return Map.of("DINGTALK_WEBHOOK", dingtalk.url("/robot/send?access_token=doc"),
        "DINGTALK_SECRET", "SECdocExampleKey", "SLACK_WEBHOOK", slack.url("/services/doc"),
        "GOLIVE_TIME", "20:00 CST", "NO_COLOR", "1");
  }
}
