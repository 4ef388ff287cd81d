package dev.preflight.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loaded, validated checklist.
 *
 * @param file the checklist file as the user named it (for display)
 * @param secrets environment variable names whose values are masked in every output
 * @param notifications targets told about the verdict after the run (top-level {@code notify:})
 * @param fingerprint the version of the checklist ({@link Fingerprint}); null computes it from the
 *     sections, a report read back passes the one it recorded
 * @param allowedSigners {@code signing: {allowed_signers: FILE}}, absolute: when set, only
 *     sign-offs and waivers signed by a key this file lists for the signer count; else null
 */
public record Checklist(
    String name,
    String description,
    Path file,
    Map<String, String> env,
    List<String> secrets,
    List<Section> sections,
    List<Notification> notifications,
    String fingerprint,
    Path allowedSigners) {

  public Checklist {
    env = Map.copyOf(env);
    secrets = List.copyOf(secrets);
    sections = List.copyOf(sections);
    notifications = List.copyOf(notifications);
    if (fingerprint == null) {
      fingerprint = Fingerprint.of(name, sections);
    }
  }

  /** A checklist that notifies nobody and does not require signed sign-offs. */
  public Checklist(String name, String description, Path file, Map<String, String> env,
      List<String> secrets, List<Section> sections) {
    this(name, description, file, env, secrets, sections, List.of(), null, null);
  }

  /** A checklist that does not require signed sign-offs. */
  public Checklist(String name, String description, Path file, Map<String, String> env,
      List<String> secrets, List<Section> sections, List<Notification> notifications,
      String fingerprint) {
    this(name, description, file, env, secrets, sections, notifications, fingerprint, null);
  }

  /** Every item, depth first, in checklist order. */
  public List<Item> items() {
    List<Item> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.allItems());
    }
    return all;
  }
}
