package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.testing.Golden;
import org.junit.jupiter.api.Test;

/** An Adaptive Card in the message envelope Teams' incoming webhooks and Workflows take. */
class TeamsFormatTest {
  private final TeamsFormat format = new TeamsFormat();

  @Test
  void runIsAnAdaptiveCardInAMessage() {
    String body = format.body(Samples.runMessage());
    JsonNode json = Json.read(body);
    assertThat(Json.fields(json)).containsExactly("type", "attachments");
    assertThat(json.get("type").asText()).isEqualTo("message");
    assertThat(json.get("attachments")).hasSize(1);
    JsonNode attachment = json.at("/attachments/0");
    assertThat(attachment.get("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(attachment.get("contentUrl").isNull()).isTrue();
    JsonNode card = attachment.get("content");
    assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.get("$schema").asText())
        .isEqualTo("http://adaptivecards.io/schemas/adaptive-card.json");
    assertThat(card.get("version").asText()).isEqualTo("1.4");
    assertThat(card.at("/body/0/type").asText()).isEqualTo("TextBlock");
    assertThat(card.at("/body/0/color").asText()).isEqualTo("Attention");
    assertThat(card.at("/body/2/type").asText()).isEqualTo("FactSet");
    assertThat(card.at("/body/2/facts/1/title").asText()).isEqualTo("fail");
    assertThat(card.at("/body/2/facts/1/value").asText()).isEqualTo("2");
    assertThat(card.at("/body/3/text").asText())
        .contains("- ❌ **覆盖率确认 · Core coverage above 80%** — fail")
        .contains("\r- 💥 **Deploy <!channel> & co** — error");
    assertThat(card.at("/actions/0/type").asText()).isEqualTo("Action.OpenUrl");
    assertThat(card.at("/actions/0/url").asText()).isEqualTo(Samples.LINK);
    Golden.assertMatches("notify/teams-run.json", Json.pretty(body));
  }

  @Test
  void announcement() {
    String body = format.body(Samples.announcement());
    JsonNode card = Json.read(body).at("/attachments/0/content");
    assertThat(card.at("/body/0/text").asText()).isEqualTo("📣 团队通知 · Go-live time announced");
    assertThat(card.at("/body/1/text").asText()).startsWith("上线时间 · Go-live: 2026-11-28");
    Golden.assertMatches("notify/teams-announcement.json", Json.pretty(body));
  }
}
