package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Waiver;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The words every report uses for sign-offs and waivers, so the terminal, Markdown, HTML,
 * JUnit and GitHub say the same thing: who signed, when, the note, the evidence and until when;
 * who waived, until when and why; and the command that signs a pending item off.
 */
final class SignoffText {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private SignoffText() {}

  /** {@code signed by alice 2026-11-27 18:00 UTC}, then note, evidence and expiry, if any. */
  static List<String> signoffParts(Signoff s) {
    List<String> parts = new ArrayList<>();
    parts.add("signed by " + ReportText.line(s.by()) + " " + minute(s.at()));
    if (s.note() != null) {
      parts.add(ReportText.line(s.note()));
    }
    if (s.evidence() != null) {
      parts.add("evidence: " + ReportText.line(s.evidence()));
    }
    if (s.expiresAt() != null) {
      parts.add("valid until " + minute(s.expiresAt()));
    }
    return parts;
  }

  static String signoff(Signoff s, String separator) {
    return String.join(separator, signoffParts(s));
  }

  /** {@code waived by bob until 2026-12-15: tuning scheduled after launch}. */
  static String waiver(Waiver w) {
    return "waived by " + ReportText.line(w.by()) + " until " + until(w) + ": "
        + ReportText.line(w.reason());
  }

  /** The waiver's end as recorded: a date as typed, an instant to the minute. */
  static String until(Waiver w) {
    return w.until().length() == 10 ? w.until() : minute(w.expiresAt());
  }

  /**
   * {@code preflight signoff ID}, naming the checklist unless it is the one found by default;
   * null for an item that is not pending a sign-off (a manual item, a notify item not sent).
   */
  static String hint(ItemResult r, Path checklist) {
    if (r.status() != Status.PENDING || r.item().check().signable() == null) {
      return null;
    }
    String file = checklist == null ? null : checklist.toString().replace('\\', '/');
    boolean found = file == null || file.equals("preflight.yaml")
        || file.equals(".preflight.yaml");
    return "preflight signoff " + r.item().id() + (found ? "" : " -f " + quoted(file));
  }

  static String minute(Instant instant) {
    return MINUTE.format(instant);
  }

  /** A path as a shell reads it: quoted only when it has to be. */
  private static String quoted(String path) {
    return path.matches("[A-Za-z0-9_./+@%=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
