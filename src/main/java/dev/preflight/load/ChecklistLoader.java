package dev.preflight.load;

import dev.preflight.model.Checklist;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads a checklist file (SPEC §3) into the model, or reports every problem in it.
 *
 * <p>Defaults: timeout 10m, severity blocker, shell sh, workdir the checklist file's directory.
 * Every relative {@code workdir}, in {@code defaults:} or on an item, resolves against the
 * checklist file's directory. An item's env is the checklist env overlaid with its own. Section
 * severity and tags flow down to everything below; section needs apply to every item below. An
 * item's {@code needs} come out as item ids: a section id stands for all items under it.
 * {@code {{ name }}} in any string value is replaced from {@code vars:}, overridden by {@code
 * --var}.
 *
 * <p>Hostile files (huge, binary, not UTF-8, alias bombs, deep nesting, several documents) are
 * refused with one diagnostic before they can cost memory or time.
 */
public final class ChecklistLoader {
  private final FreePorts ports;

  /** {@code {{ port.NAME }}} gets ports the system says are free. */
  public ChecklistLoader() {
    this(FreePorts.system());
  }

  public ChecklistLoader(FreePorts ports) {
    this.ports = ports;
  }

  /**
   * @param file the checklist to read
   * @param displayName how diagnostics and reports name the file, usually as the user typed it
   * @param varOverrides {@code --var NAME=VALUE} values; they win over {@code vars:}
   */
  public LoadResult load(Path file, String displayName, Map<String, String> varOverrides) {
    return load(file, displayName, varOverrides, null);
  }

  /**
   * @param profile the {@code --profile} to apply (its vars under {@code --var}, its env over
   *     the checklist's), or null
   */
  public LoadResult load(Path file, String displayName, Map<String, String> varOverrides,
      String profile) {
    Problems problems = new Problems(displayName);
    String text = SourceFile.read(file, problems);
    if (text == null) {
      return new LoadResult(null, problems.sorted());
    }
    SourceText source = SourceText.of(text);
    Node root = YamlReader.read(source, problems);
    if (root == null) {
      return new LoadResult(null, problems.sorted());
    }
    if (root instanceof Node.Scalar s && s.text().isEmpty() && s.quote() == 0) {
      problems.add("file is empty; a checklist needs at least version, name and sections", null);
      return new LoadResult(null, problems.sorted());
    }
    if (!(root instanceof Node.MapNode map)) {
      problems.add(root.mark(), "", "expected a map with version, name and sections at the top,"
          + " got " + root.describe(), "start the file with version: 1");
      return new LoadResult(null, problems.sorted());
    }
    Checklist checklist = ChecklistMapper.map(map, file, displayPath(displayName, file), source,
        varOverrides, profile, ports, problems);
    return problems.isEmpty()
        ? new LoadResult(checklist, List.of())
        : new LoadResult(null, problems.sorted());
  }

  private static Path displayPath(String displayName, Path file) {
    try {
      return Path.of(displayName);
    } catch (InvalidPathException e) {
      return file;
    }
  }
}
