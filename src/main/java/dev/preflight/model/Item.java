package dev.preflight.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One checklist item, with section and checklist defaults already applied.
 *
 * @param section ids of the enclosing sections, outermost first
 * @param workdir absolute directory the item runs in
 * @param env variables added to the inherited environment (checklist env, then item env)
 * @param skip null, or the reason the item is not run
 * @param parse null, or the parser that reads the item's output
 * @param expect conditions that must all hold; {@code exit_code == 0} is implied when none
 *     names the exit code
 */
public record Item(
    String id,
    String title,
    String description,
    List<String> section,
    Check check,
    Path workdir,
    Map<String, String> env,
    Duration timeout,
    Severity severity,
    Set<String> tags,
    List<String> needs,
    String skip,
    ParseSpec parse,
    List<Condition> expect,
    int retries,
    Duration retryDelay,
    boolean exclusive) {

  public Item {
    section = List.copyOf(section);
    env = Map.copyOf(env);
    tags = Set.copyOf(tags);
    needs = List.copyOf(needs);
    expect = List.copyOf(expect);
  }

  public String kind() {
    return check.kind();
  }
}
