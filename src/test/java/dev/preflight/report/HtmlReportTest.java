package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Structure and escaping; HtmlReportIT checks the page in a real browser. */
class HtmlReportTest {
  private final HtmlReport report = new HtmlReport();

  @Test
  void golden() {
    Golden.assertMatches("html/report.html", report.render(SampleRun.create()));
  }

  @Test
  void goldenHostile() {
    Golden.assertMatches("html/hostile.html", report.render(HostileRun.create()));
  }

  @Test
  void isOneSelfContainedPage() {
    String html = report.render(SampleRun.create());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("link, img, iframe, object, embed, script[src]")).isEmpty();
    assertThat(html).doesNotContain("http://", "https://", "url(", "@import");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
  }

  @Test
  void showsTheTreeWithEveryItemOnce() {
    Document doc = Jsoup.parse(report.render(SampleRun.create()));
    assertThat(doc.title()).isEqualTo("❌ Core Module Deployment Checklist · preflight");
    assertThat(doc.select("header .gate").text())
        .isEqualTo("❌ Gate: FAILED — 4 blocking items did not pass exit 1");
    assertThat(doc.select("li.item")).hasSize(13);
    assertThat(doc.select("li.item").eachAttr("data-status")).containsExactly("pass", "fail",
        "fail", "error", "blocked", "pass", "skipped", "waived", "skipped", "pending", "pass",
        "pending", "pass");
    // a section nothing of which ran is one line, as in the terminal
    assertThat(doc.select("li.item.folded .title").text())
        .isEqualTo("2 items skipped: not selected by --only");
    assertThat(doc.getElementById("item-rollback-drill").select(".signoffs li").text())
        .startsWith("signed by li.wei 2026-11-27 16:30 UTC · 4 min 10 s");
    assertThat(doc.getElementById("item-db-index").select(".signoffs li").text())
        .isEqualTo("waived by li.wei until 2026-12-01: tuning is scheduled after launch");
    assertThat(doc.getElementById("item-team-notified").select(".manual code").text())
        .isEqualTo("preflight signoff team-notified -f checklists/core-module-deployment.yaml");
    assertThat(doc.select("main > details.section > summary > h2").eachText())
        .containsExactly("技术准备 · Technical readiness", "🚀 上线执行 · Go-live");
    assertThat(doc.select("details.section details.section > summary > h3")).hasSize(3);
    Element coverage = doc.getElementById("item-core-coverage");
    assertThat(coverage.select(".reasons li").text()).isEqualTo("coverage = 72.4, expected > 80");
    assertThat(coverage.select(".metrics code").eachText())
        .containsExactly("coverage=72.4", "lines_total=1234", "branch_coverage=97.22");
    assertThat(coverage.select("details.output[open] pre").text()).endsWith("72%");
    assertThat(doc.getElementById("item-lint").select(".tag").text()).isEqualTo("warning");
    assertThat(doc.select("nav.filters").hasAttr("hidden")).isTrue();
    assertThat(doc.select("nav.filters button").eachAttr("data-filter")).containsExactly("all",
        "fail,error,blocked,pending", "pass", "fail", "error", "blocked", "pending", "skipped",
        "waived");
  }

  @Test
  void userTextIsTextNeverMarkup() {
    String html = report.render(HostileRun.create());
    assertThat(html).doesNotContain("\u0001", "\u001b", "\u0007", "\ud800", "\ufffe", "\uffff");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("b, i").stream().filter(e -> !e.parent().hasClass("chip"))).isEmpty();
    assertThat(doc.getElementById("item-markup").select(".title").text())
        .isEqualTo("Title <b>bold</b> & \"quoted\" 'single' " + HostileRun.SCRIPT);
    assertThat(doc.getElementById("item-markup").select("pre").first().wholeText())
        .startsWith("line with ]]> and </pre></details><!-- -->\n```");
    assertThat(doc.title()).isEqualTo("🛑 Hostile & <Checklist> \"name\" · preflight");
  }
}
