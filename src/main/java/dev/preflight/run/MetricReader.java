package dev.preflight.run;

import dev.preflight.model.Item;
import dev.preflight.model.ParseSpec;
import dev.preflight.parse.DefaultSources;
import dev.preflight.parse.ParseException;
import dev.preflight.parse.Parser;
import dev.preflight.parse.Parsers;
import dev.preflight.parse.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Feeds an item's output, or the report files its command wrote, to the item's parser. Without
 * {@code from:} it reads where the parser says its tool puts its results ({@link
 * DefaultSources}): a stream, and the report file the tool named there when the stream itself
 * holds no results.
 */
final class MetricReader {
  /** Report files larger than this are not read; no tool report worth parsing is this big. */
  private static final long MAX_REPORT_BYTES = 64L << 20;

  /** File systems with coarse timestamps may date a file written just now a little earlier. */
  private static final Duration MTIME_SLACK = Duration.ofSeconds(2);

  /**
   * @param blank the parser was given nothing but empty streams: a tool that exited non-zero
   *     and printed nothing did not run to the end, whatever "no findings" the parser read
   */
  record Read(Map<String, Double> metrics, List<String> errors, boolean blank) {}

  /**
   * @param since when the command started: report files older than that are left over from an
   *     earlier run and are not evidence of this one
   */
  Read read(Item item, String stdout, String stderr, Instant since) {
    ParseSpec spec = item.parse();
    if (spec == null) {
      return new Read(Map.of(), List.of(), false);
    }
    Parser parser = Parsers.byName(spec.parser()).orElseThrow();
    DefaultSources defaults = parser.defaultSources();
    String from = spec.from() != null ? spec.from() : defaults.stream();
    List<Source> streams = streams(from, stdout, stderr);
    boolean blank = streams != null && streams.stream().allMatch(s -> s.text().isBlank());
    try {
      if (streams == null) {
        return parsed(parser, files(item.workdir(), from, since, true), spec, false);
      }
      try {
        return parsed(parser, streams, spec, blank);
      } catch (ParseException e) {
        String named = spec.from() == null ? namedReport(defaults, streams) : null;
        if (named == null) {
          throw e;
        }
        return parsed(parser, files(item.workdir(), named, since, false), spec, false);
      }
    } catch (ParseException e) {
      return new Read(Map.of(), List.of(e.getMessage()), blank);
    } catch (IOException | InvalidPathException e) {
      return new Read(Map.of(), List.of("cannot read " + from + ": " + e.getMessage()), blank);
    }
  }

  private static Read parsed(Parser parser, List<Source> sources, ParseSpec spec, boolean blank)
      throws ParseException {
    return new Read(parser.parse(sources, spec.options()), List.of(), blank);
  }

  /** The stream named by {@code from}, or null when {@code from} is a file. */
  private static List<Source> streams(String from, String stdout, String stderr) {
    return switch (from) {
      case "stdout" -> List.of(new Source("stdout", stdout));
      case "stderr" -> List.of(new Source("stderr", stderr));
      case "output" -> List.of(new Source("output", stdout + stderr));
      default -> null;
    };
  }

  /** The last report file the tool said it wrote, or null. */
  private static String namedReport(DefaultSources defaults, List<Source> streams) {
    if (defaults.reportNamedBy() == null) {
      return null;
    }
    String named = null;
    for (Source source : streams) {
      Matcher m = defaults.reportNamedBy().matcher(source.text());
      while (m.find()) {
        named = m.group("file");
      }
    }
    return named;
  }

  /**
   * The files matching a path (or, when {@code globs}, a glob) relative to the workdir, sorted,
   * read as UTF-8.
   */
  private static List<Source> files(Path workdir, String pattern, Instant since, boolean globs)
      throws IOException, ParseException {
    List<Path> matches = new ArrayList<>();
    if (!globs || pattern.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      Path file = workdir.resolve(pattern);
      if (Files.isRegularFile(file)) {
        matches.add(file);
      }
    } else {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      try (Stream<Path> walk = Files.walk(workdir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> matcher.matches(workdir.relativize(p)))
            .sorted()
            .forEach(matches::add);
      }
    }
    if (matches.isEmpty()) {
      throw new ParseException(globs
          ? "no report file matches " + pattern + " in " + workdir
          : "the command said it wrote " + pattern + ", but there is no such file in " + workdir);
    }
    Instant freshFrom = since.minus(MTIME_SLACK);
    List<Path> fresh = new ArrayList<>();
    for (Path file : matches) {
      if (!Files.getLastModifiedTime(file).toInstant().isBefore(freshFrom)) {
        fresh.add(file);
      }
    }
    if (fresh.isEmpty()) {
      throw new ParseException(pattern + " was not written by this run (only older files match;"
          + " did the command write its report somewhere else?)");
    }
    matches = fresh;
    List<Source> sources = new ArrayList<>();
    for (Path file : matches) {
      if (Files.size(file) > MAX_REPORT_BYTES) {
        throw new ParseException(pattern + ": " + file.getFileName() + " is larger than 64 MiB");
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      sources.add(new Source(workdir.relativize(file).toString(), text));
    }
    return sources;
  }
}
