package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, import, schema, completion and man with the jar, as a new user meets them. */
class AuthoringIT {
  @TempDir Path dir;

  @Test
  void initWritesAValidStarterAndNeverOverwrites() throws Exception {
    Files.writeString(dir.resolve("pyproject.toml"), "[project]\nname='x'\n[tool.mypy]\n");
    Files.writeString(dir.resolve("Makefile"), "test:\n\tpytest\nlint:\n\tflake8\n");
    Outcome init = Preflight.run(dir, "init");
    assertThat(init.exitCode()).as(init.stderr()).isEqualTo(0);
    assertThat(init.stdout()).contains("Wrote preflight.yaml").contains("Python, Make targets,"
        + " Go-live");
    String written = Files.readString(dir.resolve("preflight.yaml"));
    assertThat(written).startsWith("# yaml-language-server: $schema=.preflight/checklist"
        + ".schema.json\n").contains("parse: mypy").contains("args: [make, lint]");
    assertThat(dir.resolve(".preflight/checklist.schema.json")).isNotEmptyFile();
    assertThat(Preflight.run(dir, "validate").exitCode()).isEqualTo(0);

    Outcome again = Preflight.run(dir, "init");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("preflight.yaml already exists; nothing was written");
    assertThat(Files.readString(dir.resolve("preflight.yaml"))).isEqualTo(written);
  }

  @Test
  void initWithoutBuildFilesWritesTheGoLiveStepsAndSaysSo() throws Exception {
    Outcome init = Preflight.run(dir, "init");
    assertThat(init.exitCode()).as(init.stderr()).isEqualTo(0);
    assertThat(init.stdout()).startsWith("Wrote preflight.yaml: 4 items in 1 section (Go-live).\n");
    assertThat(Files.readString(dir.resolve("preflight.yaml")))
        .contains("# TODO: no build file found");
    assertThat(Preflight.run(dir, "run", "--no-input").exitCode()).isEqualTo(3);
  }

  @Test
  void importWritesAFileThatRunsAndRefusesToOverwrite() throws Exception {
    Files.writeString(dir.resolve("go-live.md"), """
        # Go-live
        ## Checks
        - [ ] **Shell scripts**: `shellcheck -f gcc run.sh` is clean
        - [ ] **Smoke**: `sh -c 'echo ok'`
        - [ ] **Announce**: post the time in #release
        """);
    Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\necho \"$1\"\n");
    Outcome imported = Preflight.run(dir, "import", "go-live.md", "-o", "go-live.yaml");
    assertThat(imported.exitCode()).as(imported.stderr()).isEqualTo(0);
    assertThat(imported.stderr()).contains("wrote go-live.yaml (3 items)");
    Outcome run = Preflight.run(dir, "run", "go-live.yaml");
    assertThat(run.stdout()).contains("Shell scripts").contains("issues=0")
        .contains("Gate: PENDING");
    assertThat(run.exitCode()).isEqualTo(3);

    Outcome again = Preflight.run(dir, "import", "go-live.md", "-o", "go-live.yaml");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.stderr()).contains("go-live.yaml already exists; nothing was written");
    Outcome missing = Preflight.run(dir, "import", "nope.md");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).isEqualTo("preflight import: nope.md: no such file\n");
  }

  @Test
  void schemaPrintsJson() throws Exception {
    Outcome schema = Preflight.run(dir, "schema");
    assertThat(schema.exitCode()).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(schema.stdout()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    Outcome script = Preflight.run(dir, "completion", "bash");
    assertThat(script.exitCode()).isEqualTo(0);
    Files.writeString(dir.resolve("preflight.bash"), script.stdout());
    Files.writeString(dir.resolve("complete.sh"), """
        source ./preflight.bash
        complete_line() {
          COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
          COMPREPLY=(); _complete_preflight "$1" "${COMP_WORDS[COMP_CWORD]}" 2>/dev/null
          echo "${COMPREPLY[*]}"
        }
        complete_line preflight ru
        complete_line preflight run --sh
        complete_line preflight completion ''
        complete_line preflight m
        """);
    Process bash = new ProcessBuilder("bash", "complete.sh").directory(dir.toFile())
        .redirectErrorStream(true).start();
    assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = new String(bash.getInputStream().readAllBytes(),
        StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly("run", "--shard", "bash zsh fish", "merge man");
  }

  @Test
  void fishAndZshScriptsAndTheManPageComeFromTheSameCommands() throws Exception {
    String fish = Preflight.run(dir, "completion", "fish").stdout();
    assertThat(fish).contains("complete -c preflight -n __fish_use_subcommand -a merge")
        .contains("-l shard -r").contains("-l color -r -a 'auto always never'");
    String zsh = Preflight.run(dir, "completion", "zsh").stdout();
    assertThat(zsh).startsWith("autoload -U +X compinit && compinit\n")
        .contains("_complete_preflight");
    Outcome man = Preflight.run(dir, "man");
    assertThat(man.exitCode()).isEqualTo(0);
    assertThat(man.stdout()).startsWith(".TH PREFLIGHT 1").contains(".SS \"preflight merge"
        + " REPORT.json...\"").contains("\\-\\-shard");
    Files.writeString(dir.resolve("preflight.1"), man.stdout());
    Process groff = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "preflight.1")
        .directory(dir.toFile()).start();
    String rendered = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String warnings = new String(groff.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(groff.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(warnings).isEmpty();
    assertThat(rendered.replaceAll(".\b", "")).contains("EXIT STATUS").contains("preflight init");
  }
}
