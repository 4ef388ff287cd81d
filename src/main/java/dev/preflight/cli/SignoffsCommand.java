package dev.preflight.cli;

import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.report.RecordsListing;
import dev.preflight.signoff.Records;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "signoffs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List every sign-off and waiver with where it stands: valid, expiring (within"
        + " 7 days), waiting for another signer, expired, stale (the item changed) and more; then"
        + " the manual items nobody has signed off.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:the checklist or the records file cannot be read"})
final class SignoffsCommand implements Callable<Integer> {
  private final Context ctx;

  @Mixin ChecklistOption checklist;

  @Option(names = "--release", paramLabel = "R",
      description = "Judge release-bound sign-offs for this release (default: the current git"
          + " commit).")
  String release;

  SignoffsCommand(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Checklist c = checklist.load(ctx, "");
    if (c == null) {
      return ExitCode.INVALID.code();
    }
    SignoffStore store = SignoffStore.of(ctx, c);
    Records records = store.read("");
    if (records == null) {
      return ExitCode.INVALID.code();
    }
    ctx.out().print(RecordsListing.render(c, store.ledger(records, store.releases(release)),
        store.file().display()));
    return ExitCode.PASSED.code();
  }
}
