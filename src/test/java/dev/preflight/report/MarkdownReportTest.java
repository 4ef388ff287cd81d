package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private final MarkdownReport report = new MarkdownReport();

  @Test
  void golden() {
    Golden.assertMatches("markdown/report.md", report.render(SampleRun.create()));
  }

  @Test
  void goldenHostile() {
    Golden.assertMatches("markdown/hostile.md", report.render(HostileRun.create()));
  }

  /** Rendered as GitHub would (CommonMark + tables): the structure a reader sees. */
  @Test
  void rendersAsASummaryTableSectionsAndATaskList() {
    String html = html(report.render(SampleRun.create()));
    assertThat(count(html, "<h1>")).isEqualTo(1);
    assertThat(html).contains("<h1>❌ Core Module Deployment Checklist</h1>");
    assertThat(count(html, "<th ")).isEqualTo(8);
    assertThat(html).contains("<td align=\"center\">1m55s</td>");
    assertThat(count(html, "<h2>")).isEqualTo(2);
    assertThat(count(html, "<h3>")).isEqualTo(3);
    assertThat(html).contains("<em>2 items skipped: not selected by --only</em>")
        .doesNotContain("Image builds");
    assertThat(count(html, "[x] ")).isEqualTo(4 + 1);
    assertThat(count(html, "[ ] ")).isEqualTo(12 - 5);
    assertThat(html).contains("<li>✍️ signed by li.wei 2026-11-27 16:30 UTC · 4 min 10 s from"
            + " decision to old version serving · evidence: OPS-2291 drill log"
            + " · valid until 2026-11-28 16:30 UTC</li>",
        "<li>🟡 waived by li.wei until 2026-12-01: tuning is scheduled after launch</li>",
        "→ <code>preflight signoff team-notified -f checklists/core-module-deployment.yaml</code>");
    assertThat(html).contains("<code>coverage=72.4</code>", "<code>branch_coverage=97.22</code>",
        "<li>coverage = 72.4, expected &gt; 80</li>");
    assertThat(count(html, "<details>")).isEqualTo(3);
    assertThat(count(html, "<pre><code class=\"language-text\">")).isEqualTo(4);
  }

  @Test
  void userTextNeverBecomesMarkup() {
    String markdown = report.render(HostileRun.create());
    assertThat(markdown).doesNotContain("\u0001", "\u001b", "\u0007", "\ud800", "\ufffe");
    String html = html(markdown);
    assertThat(html).doesNotContain("<script", "<b>", "<i>", "<em>", "<a ", "<del>", "<h1>Hostile")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "*stars* _under_ [link](http://x) | pipe `tick`");
    // the pipe in a title must not add a table cell; only the summary table exists
    assertThat(count(html, "<table>")).isEqualTo(1);
    assertThat(count(html, "<h4>")).isEqualTo(1);
    // output is shown verbatim inside code blocks, fences in it included
    Matcher block = Pattern.compile("<pre><code class=\"language-text\">(.*?)</code></pre>",
        Pattern.DOTALL).matcher(html);
    List<String> blocks = block.results().map(m -> m.group(1)).toList();
    assertThat(blocks).hasSize(2).allSatisfy(b -> assertThat(b)
        .startsWith("line with ]]&gt; and &lt;/pre&gt;&lt;/details&gt;")
        .contains("```\nfenced ```` four\n")
        .endsWith("中文输出 🚀\n"));
    assertThat(html).contains("<code>tick`s=3</code>");
  }

  private static String html(String markdown) {
    var extensions = List.of(TablesExtension.create());
    return HtmlRenderer.builder().extensions(extensions).build()
        .render(Parser.builder().extensions(extensions).build().parse(markdown));
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
