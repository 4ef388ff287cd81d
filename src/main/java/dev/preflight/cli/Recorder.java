package dev.preflight.cli;

import dev.preflight.model.Check;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.signoff.Entry;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.RecordsFile;
import dev.preflight.signoff.Signatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way records are made, for {@code preflight signoff}, {@code preflight waive} and the
 * prompt in {@code run}: checks who may sign, signs them when asked or when the checklist
 * requires it, and writes them all under the file's lock, or none of them.
 */
final class Recorder {
  private final Checklist checklist;
  private final SignoffStore store;
  private final Context ctx;

  Recorder(Context ctx, Checklist checklist, SignoffStore store) {
    this.ctx = ctx;
    this.checklist = checklist;
    this.store = store;
  }

  /** Why nothing was recorded, in one line, and the exit code that says so. */
  static final class Refused extends Exception {
    private final int exitCode;

    Refused(String message, ExitCode exitCode) {
      super(message, null, false, false);
      this.exitCode = exitCode.code();
    }

    /**
     * Says why on stderr as {@code preflight COMMAND: …}, unless it was said already (an
     * unreadable records file prints its own lines), and returns the exit code.
     */
    int report(Context ctx, String command) {
      if (getMessage() != null) {
        ctx.err().println("preflight " + command + ": " + getMessage());
      }
      return exitCode;
    }
  }

  /** Whether records of this checklist must be signed to count. */
  boolean signingRequired() {
    return checklist.allowedSigners() != null;
  }

  /**
   * Why {@code by} may not sign {@code item} off for {@code release} (null when unknown), or
   * null when they may.
   */
  static String signoffProblem(Item item, String by, String release) {
    Check.Manual manual = item.check().signable();
    if (manual == null) {
      return "'" + item.id() + "' is a " + item.kind() + " item; only manual and notify items"
          + " are signed off (to accept that it does not pass: preflight waive " + item.id()
          + ")";
    }
    if (!manual.signers().isEmpty() && !manual.signers().contains(by)) {
      return by + " may not sign off '" + item.id() + "': its signers are "
          + String.join(", ", manual.signers());
    }
    if (manual.releaseBound() && release == null) {
      return "'" + item.id() + "' is release_bound, and no release is known here (no git"
          + " commit); name it with --release R, and run with the same --release";
    }
    return null;
  }

  /**
   * Writes {@code entries}, signed with {@code key} (null: the default key) when {@code sign}.
   *
   * @return the records file as written
   */
  Records write(List<? extends Entry> entries, boolean sign, String key) throws Refused {
    Path allowed = checklist.allowedSigners();
    if (allowed != null && !sign) {
      throw new Refused(checklist.file() + " requires signed records (signing: "
          + allowed.getFileName() + "); add --sign, with --key PATH unless git's"
          + " user.signingkey or ~/.ssh/id_ed25519 is your key", ExitCode.INVALID);
    }
    List<Entry> ready = new ArrayList<>();
    if (sign) {
      Path keyFile = Signer.key(ctx, store.checklistDir(), key);
      for (Entry e : entries) {
        ready.add(signed(e, keyFile, allowed));
      }
    } else {
      ready.addAll(entries);
    }
    try {
      return store.file().update(records -> records.plus(ready));
    } catch (RecordsFile.Unreadable e) {
      store.report(e, "; nothing was recorded");
      throw new Refused(null, ExitCode.INVALID);
    } catch (IOException e) {
      throw new Refused("cannot write " + store.file().display() + ": " + e.getMessage()
          + "; nothing was recorded", ExitCode.FAILED);
    }
  }

  private Entry signed(Entry e, Path key, Path allowed) throws Refused {
    Signatures signatures = store.signatures();
    Entry signed;
    try {
      signed = e.withSignature(signatures.sign(e.signedText(), key));
    } catch (Signatures.Failed f) {
      throw new Refused(f.getMessage() + "; nothing was recorded", ExitCode.INVALID);
    }
    if (allowed != null) {
      Signatures.Check check =
          signatures.verify(signed.signedText(), signed.signature(), signed.by(), allowed);
      if (check != Signatures.Check.GOOD) {
        throw new Refused("the key " + key + " is not listed for " + e.by() + " in " + allowed
            + ", so this record would not count; nothing was recorded (add the public key with"
            + " the name " + e.by() + ", or sign as the name it is listed under)",
            ExitCode.INVALID);
      }
    }
    return signed;
  }
}
