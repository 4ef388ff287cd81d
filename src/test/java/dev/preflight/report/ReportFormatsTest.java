package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatsTest {
  @Test
  void everyFormatOfSpecSection8IsRegisteredUnderItsName() {
    assertThat(ReportFormats.names()).containsExactly("json", "junit", "markdown", "html", "github");
    for (String name : ReportFormats.names()) {
      assertThat(ReportFormats.named(name)).get().extracting(ReportFormat::name).isEqualTo(name);
    }
    assertThat(ReportFormats.named("xml")).isEmpty();
  }

  /** Files and stdout end cleanly, and the same run always renders the same bytes. */
  @Test
  void everyFormatEndsWithANewlineAndIsDeterministic() {
    for (String name : ReportFormats.names()) {
      ReportFormat format = ReportFormats.named(name).orElseThrow();
      String once = format.render(HostileRun.create());
      assertThat(once).as(name).endsWith("\n").isEqualTo(format.render(HostileRun.create()));
    }
  }
}
