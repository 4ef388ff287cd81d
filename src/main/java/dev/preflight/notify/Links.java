package dev.preflight.notify;

import java.util.Map;

/**
 * Where a reader of a notification finds the whole report: {@code PREFLIGHT_REPORT_URL} when the
 * pipeline publishes the report somewhere, else the CI run that produced it.
 */
public final class Links {
  private Links() {}

  /** The link, or null when none is known. */
  public static String of(Map<String, String> env) {
    String explicit = env.get("PREFLIGHT_REPORT_URL");
    if (isSet(explicit)) {
      return explicit.strip();
    }
    String server = env.get("GITHUB_SERVER_URL");
    String repository = env.get("GITHUB_REPOSITORY");
    String run = env.get("GITHUB_RUN_ID");
    if (isSet(server) && isSet(repository) && isSet(run)) {
      return server.strip().replaceAll("/+$", "") + "/" + repository.strip() + "/actions/runs/"
          + run.strip();
    }
    // the job's log holds the report; the pipeline page is one click further away
    for (String name : new String[] {"CI_JOB_URL", "CI_PIPELINE_URL"}) {
      if (isSet(env.get(name))) {
        return env.get(name).strip();
      }
    }
    return null;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
