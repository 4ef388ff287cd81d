package dev.preflight.signoff;

import dev.preflight.load.YamlQuoting;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes the records file as YAML a reviewer reads in a diff: one entry per record, fields in
 * a fixed order, empty fields left out, plain scalars where YAML reads them back as the same
 * text and double quotes everywhere else, signatures as literal blocks.
 */
final class RecordsWriter {
  /** Plain scalars: no indicator first, no ': ' or ' #' inside, nothing a tool would retype. */
  private static final Pattern PLAIN =
      Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\p{Cntrl}\\u0085\\u2028\\u2029\\ufeff]*");
  private static final Pattern RETYPED = Pattern.compile(
      "(?i)y|n|yes|no|on|off|true|false|null|~|[-+]?(\\.?\\d[\\d_.,:eE+-]*|\\.inf|\\.nan)"
          + "|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SIGNATURE = Pattern.compile("(-----[A-Z ]+-----|[A-Za-z0-9+/=]+)"
      + "(\\n(-----[A-Z ]+-----|[A-Za-z0-9+/=]+))*\\n?");

  private RecordsWriter() {}

  /** @param checklist the checklist's file name, for the header */
  static String render(Records records, String checklist) {
    StringBuilder out = new StringBuilder()
        .append("# Sign-offs and waivers for ").append(oneLine(checklist))
        .append(", written by preflight signoff and preflight waive.\n")
        .append("# Review changes like code: a record counts only while its item is unchanged.\n")
        .append("version: 1\n");
    out.append("signoffs:").append(records.signoffs().isEmpty() ? " []\n" : "\n");
    for (SignoffRecord r : records.signoffs()) {
      start(out, r);
      field(out, "note", r.note());
      field(out, "evidence", r.evidence());
      field(out, "release", r.release());
      end(out, r);
    }
    out.append("waivers:").append(records.waivers().isEmpty() ? " []\n" : "\n");
    for (WaiverRecord r : records.waivers()) {
      start(out, r);
      field(out, "reason", r.reason());
      field(out, "until", r.until());
      end(out, r);
    }
    return out.toString();
  }

  private static void start(StringBuilder out, Entry e) {
    out.append("  - item: ").append(scalar(e.item())).append('\n');
    field(out, "by", e.by());
    field(out, "at", e.at().toString());
  }

  private static void end(StringBuilder out, Entry e) {
    field(out, "fingerprint", e.fingerprint());
    String signature = e.signature();
    if (signature != null && SIGNATURE.matcher(signature.strip() + "\n").matches()) {
      out.append("    signature: |\n");
      for (String line : signature.strip().split("\n")) {
        out.append("      ").append(line).append('\n');
      }
    } else {
      field(out, "signature", signature);
    }
  }

  private static void field(StringBuilder out, String key, String value) {
    if (value != null) {
      out.append("    ").append(key).append(": ").append(scalar(value)).append('\n');
    }
  }

  static String scalar(String s) {
    boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.endsWith(":")
        && !s.contains(": ") && !s.contains(" #") && !s.contains("\t")
        && (DATE.matcher(s).matches() || !RETYPED.matcher(s.toLowerCase(Locale.ROOT)).matches());
    return plain ? s : YamlQuoting.doubleQuoted(s);
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
  }
}
