package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-off keys of manual items and {@code signing:} land in the model as written. */
class SignoffKeysTest {
  @TempDir Path dir;

  @Test
  void manualItemsCarryTheirSignOffRules() throws Exception {
    Files.writeString(dir.resolve("keys"), "alice ssh-ed25519 AAAA\n");
    Path file = dir.resolve("release.yaml");
    Files.writeString(file, """
        version: 1
        name: Release
        vars: { lead: li.wei }
        signing:
          allowed_signers: keys
        sections:
          - id: go-live
            title: Go-live
            items:
              - id: deploy
                title: Deploy
                manual: Deploy it.
                valid_for: 12h
                signers: [alice, "{{ lead }}"]
                signoffs_required: 2
                release_bound: true
              - id: notify
                title: Notify
                manual: Tell everyone.
        """);
    LoadResult result = new ChecklistLoader().load(file, "release.yaml", Map.of());
    assertThat(result.diagnostics()).isEmpty();
    Checklist c = result.checklist();
    assertThat(c.allowedSigners()).isEqualTo(dir.resolve("keys").toAbsolutePath().normalize());
    Check.Manual deploy = (Check.Manual) c.items().get(0).check();
    assertThat(deploy.validFor()).isEqualTo(Duration.ofHours(12));
    assertThat(deploy.signers()).containsExactly("alice", "li.wei");
    assertThat(deploy.signoffsRequired()).isEqualTo(2);
    assertThat(deploy.releaseBound()).isTrue();
    assertThat(c.items().get(1).check()).isEqualTo(new Check.Manual("Tell everyone."));
    assertThat(((Check.Manual) c.items().get(1).check()).signers()).isEqualTo(List.of());
  }
}
