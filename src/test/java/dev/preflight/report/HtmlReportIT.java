package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The html report in headless Chromium (Debian package {@code chromium}): what a person sees
 * once the page's script ran, read back from the DOM the browser dumps. The filter is driven
 * through the URL hash, as a click on a filter button does. Skipped when Chromium is absent.
 */
class HtmlReportIT {
  private static final long TIMEOUT_SECONDS = 60;
  private static String chromium;

  @TempDir static Path dir;

  @BeforeAll
  static void findChromium() throws IOException {
    chromium = onPath("chromium", "chromium-browser", "google-chrome");
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium)");
    Files.writeString(dir.resolve("report.html"), new HtmlReport().render(SampleRun.create()),
        StandardCharsets.UTF_8);
  }

  @Test
  void afterTheScriptRanTheFiltersShowCountsAndEverythingIsVisible() throws Exception {
    Document page = dump("");
    assertThat(page.select("nav.filters").hasAttr("hidden")).isFalse();
    assertThat(page.select("nav.filters button").eachText()).containsExactly("All 14",
        "Needs attention 6", "pass 4", "fail 2", "error 1", "blocked 1", "pending 2",
        "skipped 3", "waived 1");
    assertThat(page.select("button[aria-pressed=true]").text()).isEqualTo("All 14");
    // 12 item lines, and one line for the section whose 2 items were all skipped
    assertThat(visibleItems(page)).hasSize(13);
    assertThat(page.select("details.section[hidden]")).isEmpty();
    assertThat(page.getElementById("item-core-coverage").text())
        .contains("覆盖率确认 · Core coverage above 80%", "coverage = 72.4, expected > 80");
    assertThat(page.select("p.empty").hasAttr("hidden")).isTrue();
  }

  @Test
  void filteringOnFailShowsOnlyTheFailingItemsAndTheirSections() throws Exception {
    Document page = dump("#filter=fail");
    assertThat(visibleItems(page)).extracting(e -> e.id())
        .containsExactly("item-core-coverage", "item-lint");
    assertThat(page.select("li.item[hidden]")).hasSize(11);
    assertThat(page.select("button[aria-pressed=true]").text()).isEqualTo("fail 2");
    List<String> hiddenSections = page.select("details.section[hidden] > summary > *:is(h2,h3)")
        .eachText();
    assertThat(hiddenSections).containsExactly("🗄️ 数据库准备 · Database",
        "容器化准备 · Containerization", "🚀 上线执行 · Go-live");
  }

  @Test
  void needsAttentionShowsEverythingThatBlocksOrWaitsForSignOff() throws Exception {
    Document page = dump("#filter=fail,error,blocked,pending");
    assertThat(visibleItems(page)).extracting(e -> e.attr("data-status"))
        .containsExactly("fail", "fail", "error", "blocked", "pending", "pending");
    assertThat(page.select("button[aria-pressed=true]").text()).isEqualTo("Needs attention 6");
  }

  @Test
  void screenshotOfTheSampleReport() throws Exception {
    Path png = Path.of("target", "html-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    run("--screenshot=" + png, "--window-size=1100,1790", "--hide-scrollbars",
        url(""));
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static List<Element> visibleItems(Document page) {
    List<Element> visible = new ArrayList<>();
    for (Element li : page.select("li.item")) {
      if (li.parents().stream().noneMatch(p -> p.hasAttr("hidden")) && !li.hasAttr("hidden")) {
        visible.add(li);
      }
    }
    return visible;
  }

  private static Document dump(String hash) throws Exception {
    return Jsoup.parse(run("--dump-dom", url(hash)));
  }

  private static String url(String hash) {
    return dir.resolve("report.html").toUri() + hash;
  }

  /** Chromium with everything that could reach the network or the user's profile turned off. */
  private static String run(String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
    command.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(dir.resolve("chromium.err").toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + "s");
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("chromium.err"))).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String onPath(String... names) {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path candidate = Path.of(dirName, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return null;
  }
}
