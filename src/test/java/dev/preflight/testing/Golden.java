package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. {@code -Dgolden.update=true} rewrites the expected file and fails the
 * test once, so an update is never silent.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Compares {@code actual} with {@code src/test/resources/golden/<name>}. */
  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (!actual.equals(old)) {
          Files.writeString(file, actual, StandardCharsets.UTF_8);
          fail("golden file %s updated; rerun without -Dgolden.update to check it", file);
        }
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file %s is missing; run with -Dgolden.update=true to create it", file);
      }
      assertThat(actual)
          .as("output differs from golden file %s (-Dgolden.update=true rewrites it)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
