package dev.preflight.author;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code preflight init} (SPEC §12): a starter checklist for the project in a directory, with a
 * section per kind of project found ({@link ProjectChecks}) and the go-live steps every release
 * has, as manual items to sign off.
 */
public final class StarterChecklist {
  private StarterChecklist() {}

  /** The starter for {@code dir}, named after it. */
  public static Outline of(Path dir) throws IOException {
    Ids ids = new Ids();
    List<Outline.Section> sections = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    for (ProjectChecks.Found found : ProjectChecks.in(dir)) {
      markers.add(found.marker());
      List<Outline.Item> items = new ArrayList<>();
      for (ProjectChecks.Check c : found.checks()) {
        String manual = c.run() == null && c.args() == null
            ? c.todos().get(0).replaceFirst("^manual: ", "") : null;
        List<String> todos = manual == null ? c.todos() : List.of();
        items.add(new Outline.Item(ids.claim(c.id()), c.title(), null, c.run(), c.args(), manual,
            c.parse(), c.expect(), List.of(), todos));
      }
      sections.add(new Outline.Section(ids.claim(Ids.slug(found.section())), found.section(),
          List.of(), items, List.of()));
    }
    sections.add(new Outline.Section(ids.claim("go-live"), "Go-live", List.of(), List.of(
        manual(ids, "release-notes", "Release notes reviewed", "Read the changes since the last"
            + " release and check the notes describe every user-visible change."),
        manual(ids, "rollback-plan", "Rollback plan ready", "Write down how to roll back this"
            + " release and who does it; link it here."),
        manual(ids, "team-notified", "Team notified of the go-live time", "Post the go-live"
            + " time in the release channel."),
        manual(ids, "monitoring-watched", "Monitoring watched after the release", "Watch error"
            + " rate and latency for 30 minutes after the release and record what you saw.")),
        List.of()));
    List<String> comments = new ArrayList<>();
    comments.add("Written by preflight init from " + (markers.isEmpty() ? "no build files"
        : String.join(", ", markers)) + ". Edit freely: it is yours now.");
    comments.add("Check it with: preflight validate; run it with: preflight run");
    if (markers.isEmpty()) {
      comments.add("TODO: no build file found; add the commands that must pass before a"
          + " release under a section of their own");
    }
    String name = dir.toAbsolutePath().normalize().getFileName() == null ? "Release"
        : dir.toAbsolutePath().normalize().getFileName() + " release";
    return new Outline(name, null, comments, List.of(), sections);
  }

  private static Outline.Item manual(Ids ids, String id, String title, String text) {
    return new Outline.Item(ids.claim(id), title, null, null, null, text, null, List.of(),
        List.of(), List.of());
  }
}
