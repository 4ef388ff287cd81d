package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token in the environment, and a declared secret in the checklist, echoed every way a
 * command can: no produced file and no byte of the terminal output may contain either.
 */
class SecretsIT {
  private static final String TOKEN = "ghp_Zx81secretTokenValue";
  private static final String DB_PASSWORD = "hunter2-db-pass";

  @TempDir Path dir;

  @Test
  void secretsAppearNowhere() throws Exception {
    Files.writeString(dir.resolve("preflight.yaml"), """
        version: 1
        name: Secrets
        secrets: [DB_URL]
        env:
          DB_URL: postgres://app:%s@db/prod
        sections:
          - id: leaks
            title: Leaky commands
            items:
              - id: plain
                title: echo to stdout and stderr
                run: echo "token=$GITHUB_TOKEN"; echo "$DB_URL" >&2; exit 1
              - id: split
                title: printed in two writes, split mid-token
                run: >
                  printf '%%s' "$GITHUB_TOKEN" | head -c 7; sleep 0.3;
                  printf '%%s\\n' "$GITHUB_TOKEN" | tail -c +8; exit 1
              - id: huge
                title: in the head, the tail and the dropped middle of a huge output
                run: >
                  echo "$GITHUB_TOKEN"; yes "$GITHUB_TOKEN" | head -n 100000;
                  echo "$GITHUB_TOKEN"; exit 1
              - id: reason
                title: in a parsed figure and a failed condition
                run: echo "value=$GITHUB_TOKEN count=3"
                parse: { parser: regex, pattern: "count=(?<count>\\\\d+)" }
                expect: [count == 4, stdout contains "nothing"]
              - id: timeout
                title: printed, then timed out
                run: echo "$GITHUB_TOKEN"; sleep 30
                timeout: 1s
        """.formatted(DB_PASSWORD), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Outcome o = Preflight.run(dir, Map.of("GITHUB_TOKEN", TOKEN, "COLUMNS", "120"),
        "run", "-j", "4",
        "--report", "json=out/report.json", "--report", "junit=out/report.xml",
        "--report", "markdown=out/report.md", "--report", "html=out/report.html",
        "--report", "github=out/github.txt");
    assertThat(o.exitCode()).as(o.stderr()).isEqualTo(1);
    assertThat(o.stdout()).contains("value=*** count=3");

    for (String text : List.of(o.stdout(), o.stderr())) {
      assertThat(text).doesNotContain(TOKEN).doesNotContain(DB_PASSWORD)
          .doesNotContain(TOKEN.substring(0, 12)).doesNotContain(TOKEN.substring(7));
    }
    List<Path> produced;
    try (Stream<Path> files = Files.walk(dir)) {
      produced = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("preflight.yaml")).toList();
    }
    assertThat(produced).extracting(p -> dir.relativize(p).toString())
        .contains("out/report.json", "out/report.xml", "out/report.md", "out/report.html",
            "out/github.txt", ".preflight/last-run.json")
        .anyMatch(p -> p.endsWith("huge.log"));
    for (Path file : produced) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      assertThat(text).as(dir.relativize(file).toString())
          .doesNotContain(TOKEN).doesNotContain(DB_PASSWORD)
          .doesNotContain(TOKEN.substring(0, 12)).doesNotContain(TOKEN.substring(7));
    }
    Path hugeLog = produced.stream().filter(p -> p.endsWith("huge.log")).findFirst().orElseThrow();
    assertThat(Files.readAllLines(hugeLog)).hasSize(100_002).allMatch(l -> l.equals("***"));
    assertThat(out.resolve("report.json")).content().contains("token=***");
  }
}
