package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.testing.Golden;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** DingTalk's custom robot: the markdown message and the signed URL, as its docs describe. */
class DingtalkFormatTest {
  private final DingtalkFormat format = new DingtalkFormat();

  @Test
  void runIsAMarkdownMessage() {
    String body = format.body(Samples.runMessage());
    JsonNode json = Json.read(body);
    assertThat(Json.fields(json)).containsExactly("msgtype", "markdown");
    assertThat(json.get("msgtype").asText()).isEqualTo("markdown");
    assertThat(Json.fields(json.get("markdown"))).containsExactly("title", "text");
    assertThat(json.at("/markdown/title").asText())
        .startsWith("❌ FAILED — 2 blocking items did not pass").hasSizeLessThanOrEqualTo(100);
    String text = json.at("/markdown/text").asText();
    assertThat(text).startsWith("### ❌ FAILED")
        .contains("1 pass · 2 fail · 1 error · 1 pending · 1 skipped")
        .contains("- ❌ 覆盖率确认 · Core coverage above 80% — fail: coverage = 72.4, expected > 80")
        .contains("- ⚠️ Lint — fail (warning): issues = 3, expected == 0")
        .contains("commit 9e6516c1b1a4 on release/2.4")
        .contains("[Open the report](" + Samples.LINK + ")")
        .doesNotContain("Final test run"); // passed items are not listed
    Golden.assertMatches("notify/dingtalk-run.json", Json.pretty(body));
  }

  @Test
  void announcementLeadsWithTheMessage() {
    String body = format.body(Samples.announcement());
    JsonNode json = Json.read(body);
    assertThat(json.at("/markdown/title").asText()).startsWith("📣 上线时间 · Go-live: 2026-11-28");
    assertThat(json.at("/markdown/text").asText())
        .contains("上线时间 · Go-live: 2026-11-28 20:00 CST\n\nWindow: 30 minutes");
    Golden.assertMatches("notify/dingtalk-announcement.json", Json.pretty(body));
  }

  /** Recomputed here from DingTalk's description, not from the code under test. */
  @Test
  void signsTimestampNewlineSecretWithHmacSha256() throws Exception {
    String secret = "SEC0123456789abcdef";
    long timestamp = 1_700_000_000_123L;
    URI signed = DingtalkFormat.signed(
        URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"), secret, timestamp);

    assertThat(signed.toString()).startsWith(
        "https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000123&sign=");
    String sign = signed.getRawQuery().replaceAll(".*&sign=", "");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = Base64.getEncoder().encodeToString(
        mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(sign).doesNotContain("+", "/", "="); // URL-encoded, as DingTalk asks
  }

  @Test
  void readsDingTalksErrcode() {
    assertThat(DingtalkFormat.errcode("{\"errcode\":0,\"errmsg\":\"ok\"}")).isEqualTo("0");
    assertThat(DingtalkFormat.errcode("{\"errmsg\":\"sign not match\",\"errcode\": 310000}"))
        .isEqualTo("310000");
    assertThat(DingtalkFormat.errcode("ok")).isNull();
  }

  @Test
  void secretsInOutputAreMaskedBeforeAnyFormatSeesThem() {
    assertThat(format.body(Samples.runMessage())).doesNotContain(Samples.SECRET);
    assertThat(Samples.runMessage().problems()).anySatisfy(
        p -> assertThat(p.tail()).contains("using token ***"));
  }
}
