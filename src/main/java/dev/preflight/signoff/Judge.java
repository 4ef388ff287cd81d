package dev.preflight.signoff;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Waiver;
import dev.preflight.signoff.Standing.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies the records to an item's result as soon as it has one, before anything that needs
 * the item is judged: a manual item passes when enough valid sign-offs exist and stays
 * {@code pending} with the reasons otherwise; then a valid waiver turns a {@code fail},
 * {@code error}, {@code blocked} or {@code pending} result into {@code waived}, keeping its
 * reasons. An invalid waiver leaves the result as it was and adds why it did not count.
 */
public final class Judge implements UnaryOperator<ItemResult> {
  private final Ledger ledger;

  public Judge(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public ItemResult apply(ItemResult result) {
    ItemResult judged = result;
    Check.Manual manual = result.item().check().signable();
    if (result.status() == Status.PENDING && manual != null) {
      judged = signedOff(result, manual);
    }
    return waivable(judged.status()) ? waived(judged) : judged;
  }

  private ItemResult signedOff(ItemResult r, Check.Manual manual) {
    List<Standing> all = ledger.signoffs(r.item());
    List<Signoff> counted = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> notCounted = new LinkedHashMap<>();
    for (Standing s : all) {
      SignoffRecord rec = (SignoffRecord) s.entry();
      if (s.state().counts()) {
        counted.add(new Signoff(rec.by(), rec.at(), rec.note(), rec.release(), rec.evidence(),
            Ledger.expiry(rec, manual)));
        names.add(rec.by());
      } else if (s.state() != State.REPLACED) {
        notCounted.remove(rec.by());
        notCounted.put(rec.by(), s.sentence()); // each person's newest problem, newest last
      }
    }
    int required = manual.signoffsRequired();
    if (counted.size() >= required) {
      return r.withSignoffs(Status.PASS, List.of(), counted);
    }
    // a notify item that could not send says why; a manual item, that nobody signed yet
    List<String> unsigned = r.item().check() instanceof Check.Manual
        ? List.of(Signoff.NONE_RECORDED) : r.reasons();
    List<String> reasons = new ArrayList<>();
    if (all.isEmpty()) {
      reasons.addAll(unsigned);
    } else if (!counted.isEmpty()) {
      int missing = required - counted.size();
      reasons.add(counted.size() + " of " + required + " sign-offs (" + String.join(", ", names)
          + "); waiting for " + (missing == 1 ? "another signer" : missing + " more signers"));
    }
    names.forEach(notCounted::remove);
    reasons.addAll(notCounted.values());
    if (reasons.isEmpty()) {
      reasons.addAll(unsigned);
    }
    return r.withSignoffs(Status.PENDING, reasons, counted);
  }

  private ItemResult waived(ItemResult r) {
    Standing valid = null;
    Standing latest = null;
    for (Standing s : ledger.waivers(r.item())) {
      if (s.state().counts()) {
        valid = s;
      }
      latest = s;
    }
    if (valid != null) {
      WaiverRecord w = (WaiverRecord) valid.entry();
      return r.waivedBy(new Waiver(w.by(), w.at(), w.reason(), w.until(), w.expiresAt()));
    }
    if (latest == null) {
      return r;
    }
    List<String> reasons = new ArrayList<>(r.reasons());
    reasons.add(latest.sentence());
    return r.withStatus(r.status(), reasons);
  }

  private static boolean waivable(Status s) {
    return s == Status.FAIL || s == Status.ERROR || s == Status.BLOCKED || s == Status.PENDING;
  }
}
