package dev.preflight.run;

import java.util.Set;

/**
 * What identifies the processes of one started item, for {@link ProcessTreeStopper}.
 *
 * @param root the process preflight started
 * @param session the session the root leads (its pid when started through {@code setsid}), or 0
 * @param pipes the item's stdout/stderr pipes ({@code pipe:[inode]}); whoever holds them open was
 *     started by the item, even after a double fork and {@code setsid} took it out of the session
 * @param startTicks when the root started (/proc/PID/stat field 22); pipe holders started earlier
 *     were handed the pipe and are not the item's
 */
record ProcessTree(ProcessHandle root, long session, Set<String> pipes, long startTicks) {

  ProcessTree {
    pipes = Set.copyOf(pipes);
  }

  /**
   * Read right after start. A root that exits at once may leave its pipes unread here; then only
   * the descendants and the session find its leftovers.
   */
  static ProcessTree of(ProcessHandle root, boolean ownSession, ProcTable table) {
    // Not verified against /proc: setsid(2) may not have run yet when we look.
    long pid = root.pid();
    long started = table.stat(pid).map(ProcTable.Stat::startTicks).orElse(0L);
    return new ProcessTree(root, ownSession ? pid : 0, table.outputPipes(pid), started);
  }

  /**
   * Whether processes of {@link #session} are still ours. A session id outlives its leader and the
   * kernel keeps the pid from being reused while anything is in that session, so the only doubt
   * is a live process with the leader's pid that is not our root.
   */
  boolean sessionIsOurs() {
    return session != 0
        && ProcessHandle.of(session).map(h -> h.equals(root)).orElse(true);
  }
}
