package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  private final GithubReport report = new GithubReport();

  @Test
  void golden() {
    Golden.assertMatches("github/report.txt", report.render(SampleRun.create()));
  }

  @Test
  void goldenHostile() {
    Golden.assertMatches("github/hostile.txt", report.render(HostileRun.create()));
  }

  @Test
  void annotatesWhatDidNotPassBySeverity() {
    List<String> commands = report.render(SampleRun.create()).lines()
        .filter(l -> l.startsWith("::error") || l.startsWith("::warning") || l.startsWith("::notice"))
        .map(l -> l.substring(0, l.indexOf(' ')) + " " + l.substring(l.indexOf("::", 2) + 2))
        .toList();
    assertThat(commands).containsExactly(
        "::error fail%0Acoverage = 72.4, expected > 80",
        "::warning fail%0Aexit_code = 2, expected == 0",
        "::error error%0Atimed out after 45s (attempt 2 of 2)%0Akilled 3 processes: sh, make, mypy",
        "::error blocked%0Aneeds type-check, which did not pass (error)",
        "::notice waived%0Aexit_code = 1, expected == 0%0Awaived by li.wei until 2026-12-01: tuning is scheduled after launch",
        "::warning pending%0A1 of 2 sign-offs (zhang.min); waiting for another signer%0Amanual:"
            + " Post the go-live time in the release channel.%0AMention the on-call engineer."
            + "%0Asign off with: preflight signoff team-notified -f"
            + " checklists/core-module-deployment.yaml",
        "::warning pending%0Asigned by mei 2026-11-19 09:00 UTC, expired 2026-11-20 09:00 UTC"
            + "%0Amanual: Publish the release notes.%0Asign off with: preflight signoff"
            + " release-notes -f checklists/core-module-deployment.yaml");
  }

  /** Only our own lines may be commands: nothing from a title or reason starts or ends one. */
  @Test
  void userTextCannotInjectCommands() {
    String log = report.render(HostileRun.create());
    assertThat(log).doesNotContain("\r", "\u0001", "\u001b", "##[");
    for (String line : log.lines().toList()) {
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("::")) {
        assertThat(trimmed).matches("::(group|endgroup|error|warning|notice)( title=[^:]*)?::.*");
      }
    }
    assertThat(log).contains("::warning title=Sign <off>::pending%0A")
        .contains("::error title=%3A%3Aerror%3A%3Ainjected%2C 100%25 done%3A a%2Cb second line::"
            + "blocked%0Aneeds cdata: a::b, 100%25%0Anext\n");
  }

  @Test
  void escapesAsGithubSpecifies() {
    assertThat(GithubReport.data("50% a\r\nb")).isEqualTo("50%25 a%0D%0Ab");
    assertThat(GithubReport.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }
}
