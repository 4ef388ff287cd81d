package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import dev.preflight.testing.RecordingServer;
import dev.preflight.testing.RecordingServer.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications from the packaged jar to real HTTP servers on loopback: one that records what
 * it is sent, one that answers 500, one that refuses with 404 and one that never answers.
 */
class NotifyIT {
  private static final String TOKEN = "ghp_notifyTokenValue42";
  private static final String DINGTALK_SECRET = "SECdingtalkSigningKey0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everyFormatReachesItsTargetInItsPlatformsShape() throws Exception {
    try (RecordingServer dingtalk = RecordingServer.answering(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        RecordingServer chat = RecordingServer.answering(200, "ok")) {
      Files.writeString(dir.resolve("preflight.yaml"), """
          version: 1
          name: 上线清单 · Release
          notify:
            - webhook: {url: "{{ env.DINGTALK_WEBHOOK }}", format: dingtalk, secret: "{{ env.DINGTALK_SECRET }}"}
            - when: [fail]
              webhook: {url: "{{ env.CHAT }}/slack", format: slack}
            - webhook: {url: "{{ env.CHAT }}/teams", format: teams}
            - webhook: {url: "{{ env.CHAT }}/json", format: json}
            - when: [pass]
              webhook: {url: "{{ env.CHAT }}/never", format: json}
          sections:
            - id: release
              title: Release
              items:
                - id: tests
                  title: 最终测试运行 · Final test run
                  run: echo "calling with $GITHUB_TOKEN"; echo "token $GITHUB_TOKEN rejected" >&2; exit 1
                - id: announce
                  title: 团队通知 · Go-live time announced
                  notify:
                    webhook: {url: "{{ env.DINGTALK_WEBHOOK }}", format: dingtalk, secret: "{{ env.DINGTALK_SECRET }}"}
                    message: "上线时间 · Go-live: {{ env.GOLIVE_TIME }}"
          """, StandardCharsets.UTF_8);
      Map<String, String> env = new HashMap<>(Map.of(
          "DINGTALK_WEBHOOK", dingtalk.url("/robot/send?access_token=abc123"),
          "DINGTALK_SECRET", DINGTALK_SECRET, "CHAT", chat.url(""),
          "GOLIVE_TIME", "2026-11-28 20:00 CST", "GITHUB_TOKEN", TOKEN,
          "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/api",
          "GITHUB_RUN_ID", "4242", "NO_COLOR", "1"));
      Outcome o = Preflight.run(dir, env, "run", "--report", "json=report.json");

      assertThat(o.exitCode()).as(o.stderr()).isEqualTo(1); // the failing test, nothing else
      assertThat(o.stdout())
          .contains("notify: sent to dingtalk 127.0.0.1 (200 {\"errcode\":0,\"errmsg\":\"ok\"})")
          .contains("notify: sent to slack 127.0.0.1 (200 ok)")
          .contains("notify: sent to teams 127.0.0.1 (200 ok)")
          .contains("notify: sent to json 127.0.0.1 (200 ok)")
          .doesNotContain("/never");

      List<Request> robot = dingtalk.requests();
      assertThat(robot).hasSize(2); // the notify item, then the run's verdict
      for (Request r : robot) {
        assertSignedByDingtalkRules(r);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asText()).isNotBlank();
      }
      assertThat(JSON.readTree(robot.get(0).body()).at("/markdown/text").asText())
          .contains("上线时间 · Go-live: 2026-11-28 20:00 CST");
      assertThat(JSON.readTree(robot.get(1).body()).at("/markdown/text").asText())
          .contains("❌ 最终测试运行 · Final test run — fail: exit code 1, expected 0")
          .contains("[Open the report](https://github.com/acme/api/actions/runs/4242)");

      Map<String, Request> byPath = new HashMap<>();
      chat.requests().forEach(r -> byPath.put(r.uri().getPath(), r));
      assertThat(byPath).containsOnlyKeys("/slack", "/teams", "/json");
      JsonNode slack = JSON.readTree(byPath.get("/slack").body());
      assertThat(slack.at("/blocks/0/type").asText()).isEqualTo("header");
      assertThat(slack.at("/blocks/0/text/type").asText()).isEqualTo("plain_text");
      JsonNode teams = JSON.readTree(byPath.get("/teams").body());
      assertThat(teams.get("type").asText()).isEqualTo("message");
      assertThat(teams.at("/attachments/0/content/type").asText()).isEqualTo("AdaptiveCard");
      JsonNode report = JSON.readTree(byPath.get("/json").body());
      assertThat(report.get("schema").asText()).isEqualTo("preflight.report/v1");
      assertThat(report.get("verdict").asText()).isEqualTo("fail");
      for (Request r : chat.requests()) {
        assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(r.method()).isEqualTo("POST");
      }

      // the token the failing item printed is in no message, no output, no report
      for (Request r : concat(robot, chat.requests())) {
        assertThat(r.body()).doesNotContain(TOKEN).doesNotContain(DINGTALK_SECRET);
      }
      assertThat(report.toString()).contains("token *** rejected");
      assertThat(o.stdout() + o.stderr()).doesNotContain(TOKEN).doesNotContain(DINGTALK_SECRET);

      JsonNode announce = JSON.readTree(dir.resolve("report.json").toFile()).get("items").get(1);
      assertThat(announce.get("kind").asText()).isEqualTo("notify");
      assertThat(announce.get("status").asText()).isEqualTo("pass");
      assertThat(announce.at("/notify/target").asText()).isEqualTo("dingtalk 127.0.0.1");
      assertThat(announce.at("/notify/message").asText())
          .isEqualTo("上线时间 · Go-live: 2026-11-28 20:00 CST");
    }
  }

  @Test
  void failingTargetsAreRetriedReportedAndNeverChangeTheVerdict() throws Exception {
    try (RecordingServer broken = RecordingServer.answering(500, "internal error");
        RecordingServer gone = RecordingServer.answering(404, "no_service");
        RecordingServer silent = RecordingServer.silent()) {
      Files.writeString(dir.resolve("preflight.yaml"), """
          version: 1
          name: Release
          notify:
            - webhook: {url: "%s", format: slack, timeout: 8s}
            - webhook: {url: "%s", format: json, timeout: 8s}
            - webhook: {url: "%s", format: teams, timeout: 4s}
          sections:
            - id: release
              title: Release
              items:
                - id: ok
                  title: Everything is fine
                  run: "true"
          """.formatted(broken.url("/hook"), gone.url("/hook"), silent.url("/hook")),
          StandardCharsets.UTF_8);
      Map<String, String> env = Map.of("NO_COLOR", "1");
      long t0 = System.nanoTime();
      Outcome quiet = Preflight.run(dir, env, "run", "--notify", "never");
      long withoutNotifying = System.nanoTime() - t0;
      assertThat(broken.requests()).isEmpty();

      t0 = System.nanoTime();
      Outcome o = Preflight.run(dir, env, "run", "--notify", "always");
      long notifying = System.nanoTime() - t0;

      assertThat(quiet.exitCode()).isZero();
      assertThat(o.exitCode()).as(o.stderr()).isZero();
      assertThat(o.stdout()).contains("Gate: PASSED");
      assertThat(o.stderr())
          .contains("notify: slack 127.0.0.1 failed: HTTP 500 internal error (3 attempts)")
          .contains("notify: json 127.0.0.1 failed: HTTP 404 no_service\n")
          .containsPattern("notify: teams 127\\.0\\.0\\.1 failed: no answer within [0-9.]+s"
              + " \\([23] attempts\\)");
      assertThat(broken.requests()).hasSize(3);
      assertThat(gone.requests()).hasSize(1); // a refusal is final
      assertThat(silent.requests()).hasSizeBetween(2, 3);
      // targets are told at once: the silent one costs its 4s budget, and no target runs past
      // its own; the budgets of the answering ones are roomy because other builds share this
      // machine and a first request there can take seconds
      assertThat((notifying - withoutNotifying) / 1_000_000).as("ms spent notifying")
          .isGreaterThan(3_000).isLessThan(8_000 + 6_000);
    }
  }

  @Test
  void notifyItemsFailWithTheAnswerWaitWhenUnsetAndSkipUnderNever() throws Exception {
    try (RecordingServer broken = RecordingServer.answering(500, "boom")) {
      Files.writeString(dir.resolve("preflight.yaml"), """
          version: 1
          name: Release
          sections:
            - id: go-live
              title: Go-live
              items:
                - id: refused
                  title: Announce through a broken hook
                  notify:
                    webhook: {url: "%s", format: slack, timeout: 4s}
                    message: We go live at 20:00.
                - id: unset
                  title: Announce where nobody said
                  notify:
                    webhook: {url: "{{ env.TEAMS_WEBHOOK }}", format: teams}
                    message: We go live at 20:00.
          """.formatted(broken.url("/hook")), StandardCharsets.UTF_8);
      Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1"), "run", "--report",
          "json=report.json");
      assertThat(o.exitCode()).as(o.stdout()).isEqualTo(1);
      JsonNode items = JSON.readTree(dir.resolve("report.json").toFile()).get("items");
      assertThat(items.get(0).get("status").asText()).isEqualTo("fail");
      assertThat(items.get(0).at("/reasons/0").asText())
          .isEqualTo("slack 127.0.0.1: HTTP 500 boom");
      assertThat(items.get(0).get("attempts").asInt()).isEqualTo(3);
      assertThat(items.get(1).get("status").asText()).isEqualTo("pending");
      assertThat(items.get(1).at("/reasons/0").asText()).isEqualTo("not sent: TEAMS_WEBHOOK is"
          + " not set; set it to send the message, or post it by hand");
      assertThat(items.get(1).at("/notify/message").asText()).isEqualTo("We go live at 20:00.");
      assertThat(o.stdout()).contains("      → teams: We go live at 20:00.");
      assertThat(broken.requests()).hasSize(3);

      Outcome never = Preflight.run(dir, Map.of("NO_COLOR", "1"), "run", "--notify", "never",
          "--report", "json=never.json");
      assertThat(never.exitCode()).isZero();
      assertThat(broken.requests()).hasSize(3);
      JsonNode skipped = JSON.readTree(dir.resolve("never.json").toFile()).get("items").get(0);
      assertThat(skipped.get("status").asText()).isEqualTo("skipped");
      assertThat(skipped.at("/reasons/0").asText()).isEqualTo("not sent: --notify never");
    }
  }

  @Test
  void badTargetsAreRefusedBeforeAnythingRuns() throws Exception {
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: Release
        notify:
          - webhook: {url: "hooks.slack.com/services/x", format: slak}
        sections:
          - id: release
            title: Release
            items:
              - id: marker
                title: Must not run
                run: touch ran
        """, StandardCharsets.UTF_8);
    Outcome o = Preflight.run(dir, "run");
    assertThat(o.exitCode()).isEqualTo(2);
    assertThat(o.stderr())
        .contains("preflight.yaml:4:20: notify[0].webhook.url: url must start with https://")
        .contains("preflight.yaml:4:58: notify[0].webhook.format: format must be one of "
            + "dingtalk, slack, teams, json, got 'slak' (did you mean `slack`?)");
    assertThat(dir.resolve("ran")).doesNotExist();
    Outcome badFlag = Preflight.run(dir, "run", "--notify", "sometimes");
    assertThat(badFlag.exitCode()).isEqualTo(2);
    assertThat(badFlag.stderr()).contains("--notify takes never, always or auto, got 'sometimes'");
  }

  /** The {@code timestamp} and {@code sign} DingTalk checks, recomputed from its description. */
  private static void assertSignedByDingtalkRules(Request r) throws Exception {
    Map<String, String> query = new HashMap<>();
    for (String pair : r.uri().getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], kv[1]);
    }
    assertThat(query).containsKeys("access_token", "timestamp", "sign");
    assertThat(query.get("access_token")).isEqualTo("abc123");
    long timestamp = Long.parseLong(query.get("timestamp"));
    assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(3_600_000);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = Base64.getEncoder().encodeToString(
        mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(URLDecoder.decode(query.get("sign"), StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  private static List<Request> concat(List<Request> a, List<Request> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
