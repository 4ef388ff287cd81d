package dev.preflight.cli;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.signoff.Fingerprint;
import dev.preflight.signoff.Judge;
import dev.preflight.signoff.Records;
import dev.preflight.signoff.Releases;
import dev.preflight.signoff.SignoffRecord;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The questions {@code run} asks on a terminal once the automated items are done (SPEC §9):
 * each pending manual item in checklist order, its instructions, {@code [y]es / [n]o / [s]kip /
 * [q]uit} and a note. A yes is recorded exactly as {@code preflight signoff} records it, then the
 * item is judged again. Ctrl-C stops the questions; what was recorded stays recorded, each
 * record written whole or not at all.
 */
final class SignoffPrompt {
  private final PrintStream screen;
  private final PromptInput input;
  private final Recorder recorder;
  private final Releases releases;
  private final Context ctx;

  SignoffPrompt(Context ctx, PrintStream screen, PromptInput input, Recorder recorder,
      Releases releases) {
    this.ctx = ctx;
    this.screen = screen;
    this.input = input;
    this.recorder = recorder;
    this.releases = releases;
  }

  /**
   * @param results every item's result, in checklist order
   * @param signer who signs, as {@code --by} would default; null when nothing tells
   * @param judge a judge of the records as they are after a write
   * @return the results, those signed off here judged again
   */
  List<ItemResult> ask(List<ItemResult> results, Supplier<String> signer,
      Function<Records, Judge> judge) {
    List<ItemResult> pending = results.stream().filter(SignoffPrompt::askable).toList();
    if (pending.isEmpty()) {
      return results;
    }
    String known = signer.get();
    String by = known != null ? known : askName();
    if (by == null) {
      return results;
    }
    screen.printf("%n%d %s waiting for a sign-off. Signing as %s: [y]es, [n]o, [s]kip, [q]uit.%n",
        pending.size(), pending.size() == 1 ? "item is" : "items are", by);
    List<ItemResult> out = new ArrayList<>(results);
    for (int i = 0; i < out.size(); i++) {
      ItemResult r = out.get(i);
      if (!askable(r)) {
        continue;
      }
      Answer answer = input.isOver() ? Answer.QUIT : ask(r, by);
      if (answer == Answer.QUIT) {
        long left = out.stream().filter(SignoffPrompt::askable).count();
        screen.println(input.wasInterrupted() ? "\nInterrupted; nothing more was recorded."
            : "Stopped asking; " + left + " still waiting for a sign-off.");
        break;
      }
      if (answer == Answer.YES) {
        Records written = record(r.item(), by);
        if (written != null) {
          ItemResult judged = judge.apply(written).apply(r);
          out.set(i, judged);
          screen.println("  " + (judged.status() == Status.PASS ? "signed off" : "recorded; "
              + String.join("; ", judged.reasons())));
        }
      }
    }
    screen.println(); // the report starts apart from the questions
    screen.flush();
    return out;
  }

  private enum Answer { YES, NO, SKIP, QUIT }

  private Answer ask(ItemResult r, String by) {
    Item item = r.item();
    Check.Manual manual = item.check().signable();
    screen.printf("%n? %s  (%s)%n", oneLine(item.title()), item.id());
    for (String line : manual.instructions().strip().split("\\R")) {
      screen.println("  " + line);
    }
    String problem = Recorder.signoffProblem(item, by, releases.current());
    if (problem != null) {
      screen.println("  " + problem + "; skipped");
      return Answer.SKIP;
    }
    if (r.signoffs().stream().map(Signoff::by).anyMatch(by::equals)) {
      screen.println("  " + String.join("; ", r.reasons()) + "; you have signed it already");
      return Answer.SKIP;
    }
    while (true) {
      screen.print("  Done? [y/n/s/q] ");
      screen.flush();
      String line = input.next();
      if (line == null) {
        screen.println();
        return Answer.QUIT;
      }
      switch (line.strip().toLowerCase(Locale.ROOT)) {
        case "y", "yes" -> {
          return Answer.YES;
        }
        case "n", "no" -> {
          screen.println("  not signed off");
          return Answer.NO;
        }
        case "s", "skip", "" -> {
          return Answer.SKIP;
        }
        case "q", "quit" -> {
          return Answer.QUIT;
        }
        default -> screen.println("  answer y, n, s or q");
      }
    }
  }

  /** The records as written with this sign-off, or null after saying why nothing was. */
  private Records record(Item item, String by) {
    screen.print("  Note (optional): ");
    screen.flush();
    String note = input.next();
    if (note == null) {
      screen.println();
      return null; // interrupted before the note: nothing half-said is recorded
    }
    SignoffRecord record = new SignoffRecord(item.id(), by,
        ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS), SignoffCommand.blankToNull(note),
        null, releases.current(), Fingerprint.of(item), null);
    try {
      return recorder.write(List.of(record), recorder.signingRequired(), null);
    } catch (Recorder.Refused e) {
      screen.println("  " + (e.getMessage() == null ? "not recorded" : e.getMessage()));
      return null;
    }
  }

  private String askName() {
    screen.print("\nSign-offs are recorded under your name; who are you? ");
    screen.flush();
    String name = input.next();
    return name == null || name.isBlank() ? null : name.strip();
  }

  private static boolean askable(ItemResult r) {
    return r.status() == Status.PENDING && r.item().check().signable() != null;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
