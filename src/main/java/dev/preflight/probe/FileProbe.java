package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code file:} a path or a glob ({@code var/backups/*.db}, {@code logs/**}{@code /*.log})
 * relative to the item's workdir; of several matches the newest (by modification time) is
 * judged. {@code age} is how long ago it was modified, in milliseconds; {@code content} is its
 * first 1 MiB as UTF-8 (malformed bytes replaced).
 */
final class FileProbe implements Probe {
  private static final int MAX_CONTENT = 1 << 20;

  @Override
  public String name() {
    return "file";
  }

  @Override
  public List<Key> keys() {
    return List.of(Key.text("path", true, "path: \"var/backups/*.db\""));
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("exists", "age", "size", "matches");
  }

  @Override
  public Set<String> durationMetrics() {
    return Set.of("age");
  }

  @Override
  public Set<String> textSubjects() {
    return Set.of("content");
  }

  @Override
  public List<Problem> check(Settings s) {
    String path = s.text("path", "");
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + path);
      Path.of(path);
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(new Problem("path", "'" + path + "' is not a valid path or glob: "
          + e.getMessage(), "e.g. path: \"var/backups/*.db\""));
    }
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    String pattern = s.text("path", "");
    List<Path> matches;
    try {
      matches = matches(cx.workdir(), pattern);
    } catch (IOException e) {
      return Observation.unreachable("cannot list " + pattern + ": " + e.getMessage());
    }
    Observation.Builder o = Observation.reached().metric("matches", matches.size());
    if (matches.isEmpty()) {
      String why = "no file matches " + pattern + " in " + cx.workdir();
      o.metric("exists", 0).rule(false, why, "exists", "matches")
          .missing("age", why).missing("size", why).missing("content", why);
      return o.summary(why).build();
    }
    try {
      Path newest = null;
      BasicFileAttributes newestAttrs = null;
      for (Path p : matches) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (newest == null || a.lastModifiedTime().compareTo(newestAttrs.lastModifiedTime()) > 0) {
          newest = p;
          newestAttrs = a;
        }
      }
      Instant modified = newestAttrs.lastModifiedTime().toInstant();
      long age = Math.max(0, Duration.between(modified, cx.clock().instant()).toMillis());
      o.metric("exists", 1).metric("age", age).metric("size", newestAttrs.size())
          .text("content", head(newest));
      return o.rule(true, null, "exists").summary(cx.workdir().relativize(newest.toAbsolutePath())
          + ": " + newestAttrs.size() + " bytes, modified " + modified).build();
    } catch (IOException e) {
      return Observation.unreachable("cannot read " + pattern + ": " + e.getMessage());
    }
  }

  private static String head(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_CONTENT);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
  }

  /** Files matching {@code pattern}; only the part of the tree below its fixed prefix is walked. */
  static List<Path> matches(Path workdir, String pattern) throws IOException {
    Path whole = workdir.resolve(pattern).normalize();
    if (pattern.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
      return Files.exists(whole) ? List.of(whole) : List.of();
    }
    Path base = whole.getRoot() == null ? Path.of("") : whole.getRoot();
    int fixed = 0;
    for (Path part : whole) {
      if (part.toString().chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
        break;
      }
      base = base.resolve(part);
      fixed++;
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : whole.getNameCount() - fixed;
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + whole);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(base, depth)) {
      walk.filter(p -> !p.equals(whole.getRoot())).filter(matcher::matches).forEach(out::add);
    }
    return out;
  }
}
