package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What flows down the section tree into each item: checklist defaults, then whatever the
 * enclosing sections add (severity, tags, needs).
 *
 * @param sections ids of the enclosing sections, outermost first
 */
record Scope(
    List<String> sections,
    Path workdir,
    Duration timeout,
    Severity severity,
    Check.Shell shell,
    Map<String, String> env,
    Set<String> tags,
    List<Ref> needs) {

  Scope {
    sections = List.copyOf(sections);
    env = Map.copyOf(env);
    tags = Set.copyOf(tags);
    needs = List.copyOf(needs);
  }

  /** The scope inside section {@code id}. */
  Scope enter(
      String id, Severity sectionSeverity, Set<String> sectionTags, List<Ref> sectionNeeds) {
    List<String> path = new ArrayList<>(sections);
    path.add(id);
    Set<String> allTags = new LinkedHashSet<>(tags);
    allTags.addAll(sectionTags);
    List<Ref> allNeeds = new ArrayList<>(needs);
    allNeeds.addAll(sectionNeeds);
    return new Scope(path, workdir, timeout, sectionSeverity == null ? severity : sectionSeverity,
        shell, env, allTags, allNeeds);
  }
}
