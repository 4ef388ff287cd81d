package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.preflight.report.JsonReport;
import org.junit.jupiter.api.Test;

class JsonFormatTest {
  private final JsonFormat format = new JsonFormat();

  @Test
  void runIsTheJsonReport() {
    assertThat(format.body(Samples.runMessage()))
        .isEqualTo(new JsonReport().render(Samples.run()));
  }

  @Test
  void announcementIsAMessageObject() {
    JsonNode json = Json.read(format.body(Samples.announcement()));
    assertThat(Json.fields(json)).containsExactly("schema", "checklist", "title", "message",
        "gitCommit", "gitBranch", "link");
    assertThat(json.get("schema").asText()).isEqualTo("preflight.message/v1");
    assertThat(json.get("message").asText()).startsWith("上线时间 · Go-live");
    assertThat(json.get("gitCommit").asText()).startsWith("9e6516c1");
  }

  @Test
  void writesEveryCharacterJsonNeedsEscaped() {
    String text = "quote \" backslash \\ nl \n tab \t bell \u0007 lone \ud800 pair \ud83d\ude80";
    JsonNode json = Json.read(JsonText.of(java.util.Map.of("t", text)));
    assertThat(json.get("t").asText()).isEqualTo(text.replace("\ud800", "\ufffd"));
  }
}
