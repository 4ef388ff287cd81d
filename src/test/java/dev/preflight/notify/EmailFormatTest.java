package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The two parts of the e-mail: plain text, and the html report's summary. */
class EmailFormatTest {
  private final EmailFormat format = new EmailFormat();

  @Test
  void runMailHasTheVerdictInTheSubjectAndBothParts() {
    Smtp.Content c = format.content(Samples.runMessage());
    assertThat(c.subject())
        .isEqualTo("❌ FAILED — 2 blocking items did not pass · 核心模块上线部署清单 · Core Module Deployment");
    assertThat(c.text()).contains("Did not pass:")
        .contains("❌ 覆盖率确认 · Core coverage above 80% — fail\n    coverage = 72.4, expected > 80")
        .contains("    | TOTAL    1234    340    72%")
        .contains("    | using token ***")
        .doesNotContain(Samples.SECRET)
        .contains("Report: " + Samples.LINK);
    Golden.assertMatches("notify/email-run.txt", c.text());

    Document html = Jsoup.parse(c.html());
    assertThat(html.select("h1").text()).isEqualTo("核心模块上线部署清单 · Core Module Deployment");
    assertThat(html.select("table td").eachText()).containsExactly(
        "1", "2", "1", "0", "1", "1", "0", "14.2s");
    assertThat(html.select("li b").eachText()).contains("Deploy <!channel> & co");
    assertThat(html.select("a").attr("href")).isEqualTo(Samples.LINK);
    assertThat(html.select("style, script, link")).isEmpty(); // mail clients drop them
    Golden.assertMatches("notify/email-run.html", c.html());
  }

  @Test
  void announcementMailCarriesTheMessage() {
    Smtp.Content c = format.content(Samples.announcement());
    assertThat(c.subject()).isEqualTo("团队通知 · Go-live time announced");
    assertThat(c.text()).startsWith("上线时间 · Go-live: 2026-11-28 20:00 CST\nWindow: 30 minutes");
    Document html = Jsoup.parse(c.html());
    assertThat(html.select("p").first().text())
        .isEqualTo("上线时间 · Go-live: 2026-11-28 20:00 CST Window: 30 minutes, <@here> & ops.");
  }
}
