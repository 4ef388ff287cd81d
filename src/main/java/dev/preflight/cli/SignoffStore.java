package dev.preflight.cli;

import dev.preflight.load.Diagnostic;
import dev.preflight.model.Checklist;
import dev.preflight.signoff.Ledger;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.RecordsFile;
import dev.preflight.signoff.Releases;
import dev.preflight.signoff.Signatures;
import dev.preflight.signoff.SshKeygen;
import java.nio.file.Path;

/**
 * Where one checklist's sign-offs and waivers live and how they are judged: the records file
 * beside the checklist, its lock under {@code .preflight/}, the release, and OpenSSH for
 * signatures.
 */
final class SignoffStore {
  private final Context ctx;
  private final Checklist checklist;
  private final RecordsFile file;
  private final Signatures signatures = new SshKeygen();

  private SignoffStore(Context ctx, Checklist checklist, RecordsFile file) {
    this.ctx = ctx;
    this.checklist = checklist;
    this.file = file;
  }

  static SignoffStore of(Context ctx, Checklist checklist) {
    Path checklistFile = ctx.cwd().resolve(checklist.file()).toAbsolutePath().normalize();
    Path records = RecordsFile.beside(checklistFile);
    String display = RecordsFile.beside(checklist.file()).toString();
    Path lock = StateDir.of(checklistFile).root().resolve(records.getFileName() + ".lock");
    return new SignoffStore(ctx, checklist,
        new RecordsFile(records, display, lock, checklistFile.getFileName().toString()));
  }

  RecordsFile file() {
    return file;
  }

  Signatures signatures() {
    return signatures;
  }

  Path checklistDir() {
    return file.path().getParent();
  }

  /** {@code --release} when given, else the checklist repository's commit. */
  Releases releases(String given) {
    return GitReleases.of(given, checklistDir(), file.path().getFileName().toString());
  }

  Ledger ledger(Records records, Releases releases) {
    return new Ledger(records, ctx.clock(), releases, signatures, checklist.allowedSigners());
  }

  /** The records, or null after printing every problem with the file on stderr. */
  Records read(String consequence) {
    try {
      return file.read();
    } catch (RecordsFile.Unreadable e) {
      report(e, consequence);
      return null;
    }
  }

  void report(RecordsFile.Unreadable e, String consequence) {
    for (Diagnostic d : e.problems()) {
      ctx.err().println(d.render());
    }
    int n = e.problems().size();
    ctx.err().println(n + (n == 1 ? " problem" : " problems") + " in " + file.display()
        + consequence + "; the file was left as it is");
  }
}
