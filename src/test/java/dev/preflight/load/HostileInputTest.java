package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no one should feed preflight: each gives one clean diagnostic, fast, never a throw. */
class HostileInputTest {
  @TempDir Path dir;

  private String only(Path file) {
    // a bound against runaway parsing (alias bombs), not a speed claim: on a loaded 2-core
    // machine the 1 MB scalar below takes over 10 s of wall time for 2 s of CPU
    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> new ChecklistLoader().load(file, "bad.yaml", Map.of()));
    assertThat(r.checklist()).isNull();
    assertThat(r.diagnostics()).hasSize(1);
    return r.diagnostics().get(0).render();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws Exception {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void missingFile() {
    assertThat(only(dir.resolve("nope.yaml"))).isEqualTo("bad.yaml: no such file");
  }

  @Test
  void directory() {
    assertThat(only(dir)).isEqualTo("bad.yaml: is a directory, not a checklist file (name a .yaml file)");
  }

  @Test
  void emptyAndBlankFiles() throws Exception {
    String empty = "bad.yaml: file is empty; a checklist needs at least version, name and sections";
    assertThat(only(write("empty.yaml", new byte[0]))).isEqualTo(empty);
    assertThat(only(write("blank.yaml", "\n  \n\t\n"))).isEqualTo(empty);
    assertThat(only(write("bom.yaml", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
        .isEqualTo(empty);
  }

  @Test
  void hugeFileIsRefusedBeforeReading() throws Exception {
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse: costs no disk and no time
    }
    assertThat(only(file))
        .isEqualTo("bad.yaml: file is too large (50.0 MiB) (checklists are limited to 1 MiB)");
  }

  @Test
  void invalidUtf8NamesTheByteAndPlace() throws Exception {
    byte[] bytes = "version: 1\nname: caf\u00e9 \n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xFF;
    assertThat(only(write("latin.yaml", bytes)))
        .isEqualTo("bad.yaml:2:11: not valid UTF-8 (byte 0xFF) (save the file as UTF-8)");
    assertThat(only(write("latin1.yaml", "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))))
        .isEqualTo("bad.yaml:1:10: not valid UTF-8 (byte 0xE9) (save the file as UTF-8)");
  }

  @Test
  void binaryGarbage() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(only(write("image.yaml", png))).startsWith("bad.yaml:1:1: not valid UTF-8");
    byte[] nul = "version: 1\nname: x\0y\n".getBytes(StandardCharsets.UTF_8);
    assertThat(only(write("nul.yaml", nul))).isEqualTo("bad.yaml:2:8: file contains binary data"
        + " (control character U+0000) (is this the right file? a checklist is a YAML text file)");
    byte[] random = new byte[100_000];
    new Random(42).nextBytes(random);
    assertThat(only(write("random.yaml", random))).startsWith("bad.yaml:");
  }

  @Test
  void billionLaughsIsRefusedQuickly() throws Exception {
    StringBuilder sb = new StringBuilder("version: 1\nname: lol\nvars:\n  l0: &l0 lol\n");
    for (int i = 1; i <= 30; i++) {
      sb.append("  l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(", *l").append(i - 1).append("]\n");
    }
    sb.append("sections: *l30\n");
    assertThat(only(write("bomb.yaml", sb.toString())))
        .contains("YAML aliases expand to more than 10000 values");
  }

  @Test
  void manyAliasesAreRefused() throws Exception {
    StringBuilder sb = new StringBuilder("version: 1\nname: x\nvars:\n  a: &a x\n  l: [");
    for (int i = 0; i < 200; i++) {
      sb.append("*a, ");
    }
    sb.append("]\n");
    assertThat(only(write("aliases.yaml", sb.toString())))
        .startsWith("bad.yaml:5:").contains("more than 50 YAML aliases");
  }

  @Test
  void selfReferencingAnchor() throws Exception {
    assertThat(only(write("self.yaml", "version: 1\nname: x\nsections: &s [*s]\n")))
        .isEqualTo("bad.yaml:3:15: alias *s refers to no anchor (define &s first)");
  }

  @Test
  void deepNesting() throws Exception {
    String flow = "version: 1\nname: x\nsections: " + "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(only(write("deep.yaml", flow))).contains("nested");
    StringBuilder block = new StringBuilder("version: 1\nname: x\nsections:\n");
    for (int i = 0; i < 500; i++) {
      block.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    assertThat(only(write("deep-block.yaml", block.toString()))).contains("nested");
  }

  @Test
  void absurdScalars() throws Exception {
    LoadResult r = new ChecklistLoader().load(
        write("long-number.yaml", "version: " + "9".repeat(5000) + "\nname: x\n"), "b", Map.of());
    assertThat(r.diagnostics()).extracting(Diagnostic::render).containsExactly(
        "b:1:1: missing required key 'sections' (add sections: with at least one section of items)",
        "b:1:10: version: unsupported version " + "9".repeat(40) + "… (this preflight reads"
            + " version: 1)");
    String longName = "version: 1\nname: " + "x".repeat(1_000_000) + "\nsections: []\n";
    assertThat(only(write("long-name.yaml", longName))).contains("sections is empty");
    String tooLong = "version: 1\nname: " + "x".repeat(1_100_000) + "\n";
    assertThat(only(write("too-long.yaml", tooLong))).contains("file is too large (1.0 MiB)");
  }

  @Test
  void manyItemsLoadFast() throws Exception {
    StringBuilder sb = new StringBuilder("version: 1\nname: x\nsections:\n  - id: s\n    title: S\n"
        + "    items:\n");
    for (int i = 0; i < 5_000; i++) {
      sb.append("      - {id: i").append(i).append(", title: T, run: make")
          .append(i > 0 ? ", needs: [i" + (i - 1) + "]" : "").append("}\n");
    }
    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new ChecklistLoader().load(write("many.yaml", sb.toString()), "m.yaml", Map.of()));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.checklist().items()).hasSize(5_000);
  }

  @Test
  void mangledCopiesOfAGoodChecklistNeverThrow() throws Exception {
    byte[] good = Files.readAllBytes(Path.of("src/test/resources/load/inheritance.yaml"));
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = good.clone();
      int cut = random.nextInt(bytes.length);
      for (int flips = random.nextInt(4); flips >= 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) " :-[]{}&*!|>'\"#\n\tx1".charAt(
            random.nextInt(19));
      }
      Path file = write("mangled.yaml", java.util.Arrays.copyOf(bytes, round % 2 == 0
          ? bytes.length : cut));
      LoadResult r = new ChecklistLoader().load(file, "m.yaml", Map.of());
      assertThat(r.ok() == (r.checklist() != null)).isTrue();
    }
  }
}
