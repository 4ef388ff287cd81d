package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Item;
import dev.preflight.model.ParseSpec;
import dev.preflight.testing.TestItems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an item's metrics are read from when the checklist names no {@code from:}: the stream
 * the parser's tool writes its results to, and the report file the tool names there. Outputs are
 * the parser fixtures of real Debian tools (pip-audit's from its documentation).
 */
class MetricReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/parsers");

  @TempDir Path workdir;

  private final Instant start = Instant.now();

  private static String fixture(String name) throws IOException {
    return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
  }

  private Item item(ParseSpec parse) {
    Item i = TestItems.command("x", "true");
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), workdir, i.env(),
        i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), parse, i.expect(),
        i.retries(), i.retryDelay(), i.exclusive());
  }

  private MetricReader.Read read(ParseSpec parse, String stdout, String stderr) {
    return new MetricReader().read(item(parse), stdout, stderr, start);
  }

  @Test
  void pytestCovNamingItsXmlReportIsFollowedToTheFile() throws IOException {
    Files.writeString(workdir.resolve("coverage.xml"), fixture("coverage/cobertura.xml"));
    String stdout = fixture("coverage/pytest-cov-xml.txt");
    MetricReader.Read r = read(ParseSpec.of("coverage"), stdout, "");
    assertThat(r.errors()).isEmpty();
    assertThat(r.metrics()).containsEntry("lines_covered", 43.0).containsEntry("lines_total", 54.0)
        .containsKey("coverage");
  }

  @Test
  void coverageJsonNamingItsReportIsFollowedToTheFile() throws IOException {
    Files.writeString(workdir.resolve("coverage.json"), fixture("coverage/coverage-branch.json"));
    String stdout = fixture("coverage/coverage-json-stdout.txt");
    MetricReader.Read r = read(ParseSpec.of("coverage"), stdout, "");
    assertThat(r.errors()).isEmpty();
    assertThat(r.metrics()).containsEntry("branch_coverage", 75.0);
  }

  @Test
  void aTableOnStdoutWinsOverTheNamedFile() throws IOException {
    Files.writeString(workdir.resolve("coverage.xml"), fixture("coverage/jacoco.xml"));
    String both = fixture("coverage/term.txt") + "Coverage XML written to file coverage.xml\n";
    assertThat(read(ParseSpec.of("coverage"), both, "").metrics())
        .containsEntry("lines_total", 54.0);
  }

  @Test
  void aNamedFileThatIsMissingOrStaleIsAnErrorSayingSo() throws IOException {
    String stdout = fixture("coverage/coverage-xml-stdout.txt");
    assertThat(read(ParseSpec.of("coverage"), stdout, "").errors()).containsExactly(
        "the command said it wrote coverage.xml, but there is no such file in " + workdir);
    Path old = Files.writeString(workdir.resolve("coverage.xml"),
        fixture("coverage/cobertura.xml"));
    Files.setLastModifiedTime(old, FileTime.from(start.minus(Duration.ofHours(1))));
    assertThat(read(ParseSpec.of("coverage"), stdout, "").errors()).singleElement()
        .asString().startsWith("coverage.xml was not written by this run");
  }

  @Test
  void anExplicitStreamIsReadAsItIsWithoutFollowingNames() throws IOException {
    Files.writeString(workdir.resolve("coverage.xml"), fixture("coverage/cobertura.xml"));
    ParseSpec stdoutOnly = new ParseSpec("coverage", "stdout", Map.of());
    assertThat(read(stdoutOnly, fixture("coverage/pytest-cov-xml.txt"), "").errors())
        .containsExactly("no coverage total found in stdout");
  }

  @Test
  void pipAuditIsReadFromBothStreamsWithoutFrom() throws IOException {
    String table = fixture("pip-audit/docs-readme-columns.txt");
    String summary = "Found 2 known vulnerabilities in 1 package\n";
    assertThat(read(ParseSpec.of("pip-audit"), table, summary).metrics())
        .containsEntry("vulnerabilities", 2.0).containsEntry("vulnerable_packages", 1.0);
    // clean: nothing on stdout at all, the verdict on stderr
    assertThat(read(ParseSpec.of("pip-audit"), "", "No known vulnerabilities found\n").metrics())
        .containsEntry("vulnerabilities", 0.0);
  }

  @Test
  void blankStreamsAreReported() {
    assertThat(read(ParseSpec.of("flake8"), "", "Traceback (most recent call last):\n").blank())
        .isTrue();
    assertThat(read(ParseSpec.of("flake8"), "a.py:1:1: F401 'os' imported but unused\n", "")
        .blank()).isFalse();
    assertThat(read(new ParseSpec("flake8", "output", Map.of()), "", "x\n").blank()).isFalse();
  }

  @Test
  void reportGlobsStillWork() throws IOException {
    Files.createDirectories(workdir.resolve("reports"));
    Files.writeString(workdir.resolve("reports/a.xml"), fixture("junit/surefire-GreenTest.xml"));
    Files.writeString(workdir.resolve("reports/b.xml"), fixture("junit/surefire-MixedTest.xml"));
    MetricReader.Read r = read(new ParseSpec("junit", "reports/*.xml", Map.of()), "", "");
    assertThat(r.errors()).isEmpty();
    assertThat(r.metrics()).containsEntry("tests", 8.0);
    assertThat(r.blank()).isFalse();
  }
}
