package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack's Block Kit through an incoming webhook, within Slack's documented limits. */
class SlackFormatTest {
  private final SlackFormat format = new SlackFormat();

  @Test
  void runIsAHeaderSectionsAndContext() {
    String body = format.body(Samples.runMessage());
    JsonNode json = Json.read(body);
    assertThat(Json.fields(json)).containsExactly("text", "blocks");
    assertThat(json.get("text").asText()).startsWith("❌ FAILED — 2 blocking items did not pass");
    List<String> types = new ArrayList<>();
    json.get("blocks").forEach(b -> types.add(b.get("type").asText()));
    assertThat(types).containsExactly("header", "section", "section", "context");
    assertThat(json.at("/blocks/0/text/type").asText()).isEqualTo("plain_text");
    assertThat(json.at("/blocks/1/text/type").asText()).isEqualTo("mrkdwn");
    assertThat(json.at("/blocks/2/text/text").asText())
        .contains("❌ *覆盖率确认 · Core coverage above 80%* — fail: coverage = 72.4, expected &gt; 80")
        .contains("💥 *Deploy &lt;!channel&gt; &amp; co* — error")
        .doesNotContain("<!channel>");
    assertThat(json.at("/blocks/3/elements/0/text").asText())
        .contains("commit `9e6516c1b1a4` on release/2.4")
        .contains("<" + Samples.LINK + "|Open the report>");
    Golden.assertMatches("notify/slack-run.json", Json.pretty(body));
  }

  @Test
  void announcement() {
    String body = format.body(Samples.announcement());
    JsonNode json = Json.read(body);
    assertThat(json.at("/blocks/0/text/text").asText())
        .isEqualTo("📣 团队通知 · Go-live time announced");
    assertThat(json.at("/blocks/1/text/text").asText())
        .isEqualTo("上线时间 · Go-live: 2026-11-28 20:00 CST\nWindow: 30 minutes, &lt;@here&gt; &amp; ops.");
    Golden.assertMatches("notify/slack-announcement.json", Json.pretty(body));
  }

  @Test
  void longListsAreSplitWithinSlacksLimits() {
    JsonNode json = Json.read(format.body(Samples.many(40, 400)));
    int sections = 0;
    for (JsonNode block : json.get("blocks")) {
      if (block.get("type").asText().equals("section")) {
        sections++;
        assertThat(block.at("/text/text").asText().length())
            .isLessThanOrEqualTo(SlackFormat.SECTION_MAX);
      }
      if (block.get("type").asText().equals("header")) {
        assertThat(block.at("/text/text").asText().length())
            .isLessThanOrEqualTo(SlackFormat.HEADER_MAX);
      }
    }
    assertThat(sections).isGreaterThan(2);
    assertThat(json.get("blocks").size()).isLessThanOrEqualTo(50);
    assertThat(json.toString()).contains("… and 20 more");
  }
}
