package dev.preflight.parse;

import java.util.regex.Pattern;

/**
 * Where a parser reads when the checklist names no {@code from:}: where its tool really puts its
 * results (SPEC §5). Most tools print them on stdout; pip-audit prints its summary on stderr,
 * so it reads both streams; coverage.py and pytest-cov print only the name of the report file
 * they wrote, so the coverage parser follows that name to the file.
 *
 * @param stream {@code stdout}, {@code stderr} or {@code output} (stdout, then stderr)
 * @param reportNamedBy how the tool names a report file it wrote, with a group {@code file};
 *     the file is read when the stream itself holds no results. Null when the tool names none.
 */
public record DefaultSources(String stream, Pattern reportNamedBy) {
  public static final DefaultSources STDOUT = new DefaultSources("stdout", null);
  /** Both streams as one text, for tools that split their results between them. */
  public static final DefaultSources OUTPUT = new DefaultSources("output", null);

  /** The same stream, and the report file named by a line matching {@code pattern}. */
  public DefaultSources followingReportNamedBy(Pattern pattern) {
    return new DefaultSources(stream, pattern);
  }
}
