package dev.preflight.run;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What marks every process of one started item: the variable {@value #VARIABLE} in its
 * environment, {@code <run>/<name>/<n>}, e.g. {@code PREFLIGHT_ITEM=5d1f0c9a7e3b2a41/lint/3}.
 *
 * <p>Children inherit the environment through fork, {@code setsid} and double forks, and no
 * other process has the value: the run part is random, {@code n} counts the run's starts. So
 * the variable in {@code /proc/PID/environ} says which item a process belongs to where pids,
 * sessions and pipe inodes, which the kernel reuses, cannot (the scheme of Jenkins'
 * ProcessTreeKiller). A process that replaces its environment ({@code env -i}) or writes over
 * it (setproctitle) drops the mark; the stopper still finds it while it is linked to a marked
 * process by parent, session or group.
 *
 * @param run the run's random part, shared by every item of one {@link ProcessRegistry}
 */
record Cookie(String run, String name, long n) {
  static final String VARIABLE = "PREFLIGHT_ITEM";

  /** A run part no other run on this machine has: 64 random bits in hex. */
  static String newRun() {
    String hex = Long.toHexString(ThreadLocalRandom.current().nextLong());
    return "0".repeat(16 - hex.length()) + hex;
  }

  /** The item id as given, any character outside {@code [A-Za-z0-9._-]} made {@code _}. */
  Cookie {
    name = name == null || name.isEmpty() ? "-" : name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  String value() {
    return run + "/" + name + "/" + n;
  }

  /** Whether {@code value}, read from a process's environment, is a cookie of {@code run}. */
  static boolean ofRun(String value, String run) {
    return value.startsWith(run + "/");
  }
}
