package dev.preflight.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem in a checklist so the user sees them all at once, in file order. */
final class Problems {
  private static final int MAX_MESSAGE = 200;

  private final String file;
  private final List<Diagnostic> diagnostics;
  /** Every file of the checklist in the order it was read: the main file, then includes. */
  private final List<String> files;

  Problems(String file) {
    this(file, new ArrayList<>(), new ArrayList<>());
  }

  private Problems(String file, List<Diagnostic> diagnostics, List<String> files) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.files = files;
    if (!files.contains(file)) {
      files.add(file);
    }
  }

  /** Problems in another file of the same checklist (an include), collected with these. */
  Problems forFile(String other) {
    return new Problems(other, diagnostics, files);
  }

  String file() {
    return file;
  }

  void add(Mark at, String path, String message, String hint) {
    // Messages quote what the user wrote; a 3 MB value must not become a 3 MB error line.
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
    diagnostics.add(new Diagnostic(file, at.line(), at.column(), path, message, hint));
  }

  /** A problem with the file as a whole, not a place in it. */
  void add(String message, String hint) {
    add(Mark.NONE, "", message, hint);
  }

  boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  /**
   * Sorted by file (in the order read), then position; the sort is stable, so problems at one place keep their order. A node
   * reached twice through a YAML alias reports its problem once.
   */
  List<Diagnostic> sorted() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (seen.add(d.line() + ":" + d.column() + ":" + d.message())) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingInt((Diagnostic d) -> files.indexOf(d.file()))
        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }
}
