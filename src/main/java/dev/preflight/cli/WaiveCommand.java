package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.signoff.Entry;
import dev.preflight.signoff.Fingerprint;
import dev.preflight.signoff.Ledger;
import dev.preflight.signoff.Until;
import dev.preflight.signoff.WaiverRecord;
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
    name = "waive",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Accept that items do not pass, for a reason, until a date at most 90 days"
        + " ahead; recorded in NAME.signoffs.yaml beside the checklist.",
        "A waived item is reported as waived, with its reasons and the waiver's, and does not "
            + "block the gate; an expired waiver counts as absent."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:recorded",
      "1:the records file could not be written",
      "2:nothing was recorded: unknown item, missing reason, --until in the past or beyond 90"
          + " days, or an unreadable records file"
    })
final class WaiveCommand implements Callable<Integer> {
  private final Context ctx;

  @Mixin ChecklistOption checklist;
  @Mixin SigningOptions signing;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Items to waive (of any kind).")
  List<String> ids = new ArrayList<>();

  @Option(names = "--reason", required = true, paramLabel = "TEXT",
      description = "Why the risk is accepted; every report shows it.")
  String reason;

  @Option(names = "--until", required = true, paramLabel = "DATE|DURATION",
      description = "When the waiver ends: a date (2026-12-15, through that day, UTC) or a "
          + "duration from now (14d, 36h); at most 90 days ahead.")
  String until;

  WaiveCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Checklist c = checklist.load(ctx, "; nothing was recorded");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    List<Item> items = ItemIds.resolve(ctx, "waive", c, ids);
    if (items == null) {
      return ExitCode.INVALID.code();
    }
    String why = SignoffCommand.blankToNull(reason);
    if (why == null) {
      return refuse("--reason is empty; say why the risk is accepted");
    }
    Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    String ends;
    try {
      ends = Until.resolve(until, now);
    } catch (Until.Invalid e) {
      return refuse(e.getMessage());
    }
    SignoffStore store = SignoffStore.of(ctx, c);
    String by = signing.by(ctx, store.checklistDir(), "waive");
    if (by == null) {
      return ExitCode.INVALID.code();
    }
    List<Entry> entries = new ArrayList<>();
    for (Item item : items) {
      entries.add(new WaiverRecord(item.id(), by, now, why, ends, Fingerprint.of(item), null));
    }
    try {
      new Recorder(ctx, c, store).write(entries, signing.signs(), signing.key);
    } catch (Recorder.Refused e) {
      return e.report(ctx, "waive");
    }
    for (Item item : items) {
      ctx.out().println("Waived " + item.id() + " until " + Ledger.readableUntil(ends) + " ("
          + by + "): " + why);
    }
    ctx.out().println("Recorded in " + store.file().display() + ".");
    return ExitCode.PASSED.code();
  }

  private int refuse(String message) {
    ctx.err().println("preflight waive: " + message + "; nothing was recorded");
    return ExitCode.INVALID.code();
  }
}
