package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.signoff.Entry;
import dev.preflight.signoff.Fingerprint;
import dev.preflight.signoff.Ledger;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.Releases;
import dev.preflight.signoff.SignoffRecord;
import dev.preflight.signoff.Standing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "signoff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Record that manual items were done, in NAME.signoffs.yaml beside the "
        + "checklist (commit it: it is reviewed like code).",
        "A sign-off counts while its item's title and instructions are unchanged."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:recorded",
      "1:the records file could not be written",
      "2:nothing was recorded: unknown item or one that is not signed off, signer not allowed, bad option, or"
          + " an unreadable records file"
    })
final class SignoffCommand implements Callable<Integer> {
  private final Context ctx;

  @Mixin ChecklistOption checklist;
  @Mixin SigningOptions signing;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Manual items to sign off.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--note", paramLabel = "TEXT", description = "What you did or saw.")
  String note;

  @Option(names = "--evidence", paramLabel = "URL",
      description = "Where the evidence is: a link, a ticket, a file.")
  String evidence;

  @Option(names = "--release", paramLabel = "R",
      description = "The release this is for (default: the current git commit).")
  String release;

  SignoffCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Checklist c = checklist.load(ctx, "; nothing was recorded");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    List<Item> items = ItemIds.resolve(ctx, "signoff", c, ids);
    if (items == null) {
      return ExitCode.INVALID.code();
    }
    SignoffStore store = SignoffStore.of(ctx, c);
    String by = signing.by(ctx, store.checklistDir(), "signoff");
    if (by == null) {
      return ExitCode.INVALID.code();
    }
    Releases releases = store.releases(release);
    List<String> problems = new ArrayList<>();
    for (Item item : items) {
      String problem = Recorder.signoffProblem(item, by, releases.current());
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> ctx.err().println("preflight signoff: " + p));
      ctx.err().println("nothing was recorded");
      return ExitCode.INVALID.code();
    }
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    List<Entry> entries = new ArrayList<>();
    for (Item item : items) {
      entries.add(new SignoffRecord(item.id(), by, now, blankToNull(note),
          blankToNull(evidence), releases.current(), Fingerprint.of(item), null));
    }
    Records written;
    try {
      written = new Recorder(ctx, c, store).write(entries, signing.signs(), signing.key);
    } catch (Recorder.Refused e) {
      return e.report(ctx, "signoff");
    }
    Ledger ledger = store.ledger(written, releases);
    for (Item item : items) {
      ctx.out().println(outcome(item, by, ledger));
    }
    ctx.out().println("Recorded in " + store.file().display() + ".");
    return ExitCode.PASSED.code();
  }

  /** What the new sign-off does for its item: done, waiting for someone, or counting until. */
  private static String outcome(Item item, String by, Ledger ledger) {
    List<Standing> standings = ledger.signoffs(item);
    Standing mine = standings.get(standings.size() - 1);
    for (Standing s : standings) {
      if (s.entry().by().equals(by)) {
        mine = s; // the newest of this signer's, which is the one just written
      }
    }
    String line = "Signed off " + item.id() + " as " + by;
    return switch (mine.state()) {
      case WAITING -> line + ": " + mine.detail() + ".";
      case VALID, EXPIRING ->
          line + (mine.detail().isEmpty() ? "." : ", valid " + mine.detail() + ".");
      default -> line + ", but it does not count: " + mine.detail() + ".";
    };
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
