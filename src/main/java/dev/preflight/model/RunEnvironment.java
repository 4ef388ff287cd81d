package dev.preflight.model;

/**
 * Where and with what a run happened, so a report read weeks later (a release record, a CI
 * artifact) says which tool version judged which commit on which machine.
 *
 * @param toolName always {@code preflight}; kept in the record so reports need no constant
 * @param toolVersion the version stamped into the jar, or {@code unknown}
 * @param gitCommit the full commit id of the checklist's repository, null outside a git repo
 * @param gitBranch the checked-out branch, null outside a git repo or on a detached head
 * @param os host operating system, its version and architecture, e.g. {@code Linux 6.1 amd64}
 * @param javaVersion the running Java version, e.g. {@code 17.0.15}
 */
public record RunEnvironment(
    String toolName, String toolVersion, String gitCommit, String gitBranch, String os,
    String javaVersion) {

  public static final String TOOL_NAME = "preflight";
  public static final String UNKNOWN = "unknown";

  public RunEnvironment {
    toolName = orUnknown(toolName);
    toolVersion = orUnknown(toolVersion);
    os = orUnknown(os);
    javaVersion = orUnknown(javaVersion);
  }

  /** preflight at {@code toolVersion} in the given place. */
  public static RunEnvironment of(
      String toolVersion, String gitCommit, String gitBranch, String os, String javaVersion) {
    return new RunEnvironment(TOOL_NAME, toolVersion, gitCommit, gitBranch, os, javaVersion);
  }

  /** Nothing known but the tool's name: for tests and for callers that have not looked yet. */
  public static RunEnvironment unknown() {
    return of(UNKNOWN, null, null, UNKNOWN, UNKNOWN);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }
}
