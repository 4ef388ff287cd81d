package dev.preflight.cli;

import dev.preflight.signoff.Releases;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The release a run or a sign-off is for: {@code --release} when given, else the checklist
 * repository's commit (short hash). Committing the records file makes a new commit, so a
 * {@code release_bound} sign-off made at commit A still counts at commit B when nothing but the
 * records file differs between them; any other change is a new release and needs new
 * sign-offs. Git is asked the first time the release matters (a {@code release_bound} record,
 * a new sign-off), not for every run.
 */
final class GitReleases implements Releases {
  private String current; // guarded by this, as is asked
  private boolean asked;
  private final boolean fromGit;
  private final Path dir;
  private final String recordsFile;
  private final Map<String, Boolean> sameCode = new ConcurrentHashMap<>();

  private GitReleases(String current, boolean fromGit, Path dir, String recordsFile) {
    this.current = current;
    this.asked = !fromGit;
    this.fromGit = fromGit;
    this.dir = dir;
    this.recordsFile = recordsFile;
  }

  /**
   * @param given {@code --release}, or null
   * @param dir the checklist's directory
   * @param recordsFile the records file's name, in {@code dir}
   */
  static GitReleases of(String given, Path dir, String recordsFile) {
    if (given != null && !given.isBlank()) {
      return new GitReleases(given.strip(), false, dir, recordsFile);
    }
    return new GitReleases(null, true, dir, recordsFile);
  }

  @Override
  public synchronized String current() {
    if (!asked) {
      current = Git.ask(dir, "rev-parse", "--short", "HEAD");
      asked = true;
    }
    return current;
  }

  @Override
  public boolean counts(String recorded) {
    String release = current();
    if (recorded == null || release == null) {
      return false;
    }
    if (recorded.equals(release)) {
      return true;
    }
    if (!fromGit || !recorded.matches("[0-9a-f]{4,40}")) {
      return false;
    }
    return sameCode.computeIfAbsent(recorded, commit -> Git.yes(dir, "diff", "--quiet",
        "--no-ext-diff", commit, "HEAD", "--", ":/", ":(exclude)" + recordsFile));
  }
}
