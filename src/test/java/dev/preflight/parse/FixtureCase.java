package dev.preflight.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One row of {@code src/test/resources/parsers/<parser>/expected.tsv}: which fixture files to
 * read, every metric the parser must return (no more, no fewer), or {@code !message} for the
 * exact error; further tab-separated cells are {@code key=value} parser options. Every metric
 * read must be one the parser declares in {@link Parser#metricNames}. Each file
 * becomes a {@link Source} named after the file; {@code docs-*} files come from the tools'
 * documentation rather than a real run, and the test name says so.
 */
record FixtureCase(
    String parser, List<String> files, String expected, Map<String, String> options) {
  static final Path ROOT = Path.of("src/test/resources/parsers");

  static Stream<FixtureCase> load(String parser) {
    Path table = ROOT.resolve(parser).resolve("expected.tsv");
    try {
      List<FixtureCase> cases = new ArrayList<>();
      for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : Arrays.asList(cells).subList(2, cells.length)) {
          int eq = option.indexOf('=');
          options.put(option.substring(0, eq), option.substring(eq + 1));
        }
        cases.add(new FixtureCase(parser, List.of(cells[0].split(",")), cells[1], options));
      }
      assertThat(cases).as("cases in %s", table).isNotEmpty();
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void check() throws ParseException {
    Parser p = Parsers.byName(parser).orElseThrow();
    List<Source> sources = new ArrayList<>();
    for (String file : files) {
      Path path = ROOT.resolve(parser).resolve(file);
      try {
        sources.add(new Source(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (expected.startsWith("!")) {
      assertThatThrownBy(() -> p.parse(sources, options))
          .isInstanceOf(ParseException.class)
          .hasMessage(expected.substring(1));
      return;
    }
    Map<String, Double> want = new LinkedHashMap<>();
    for (String pair : expected.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      want.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
    }
    Map<String, Double> got = p.parse(sources, options);
    assertThat(got.keySet()).as("metric names").containsExactlyInAnyOrderElementsOf(want.keySet());
    // validate rejects a condition on any other name, so the declared names must cover these
    assertThat(p.metricNames(options)).as("metricNames(%s)", options).containsAll(got.keySet());
    want.forEach((name, value) ->
        assertThat(got.get(name)).as(name).isCloseTo(value, within(1e-6)));
  }

  @Override
  public String toString() {
    String name = String.join(" + ", files) + (options.isEmpty() ? "" : " " + options);
    boolean fromDocs = files.stream().anyMatch(f -> Path.of(f).getFileName().toString().startsWith("docs-"));
    return name + (fromDocs ? " (from documentation)" : "") + (expected.startsWith("!") ? " → error" : "");
  }
}
