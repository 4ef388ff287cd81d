package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist at the top of docs/probes.md runs as it is and passes, every probe in it. */
class ProbeDocsIT {
  @TempDir Path dir;

  @Test
  void theDocumentedChecklistPasses() throws Exception {
    Matcher m = Pattern.compile("(?ms)^```yaml\\n(version:.*?)^```")
        .matcher(Files.readString(Path.of("docs/probes.md"), StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    Files.writeString(dir.resolve("preflight.yaml"), m.group(1), StandardCharsets.UTF_8);
    Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1"), "run");
    assertThat(o.exitCode()).as(o.stdout() + o.stderr()).isZero();
    assertThat(o.stdout()).contains("8 pass · 0 fail");
  }
}
