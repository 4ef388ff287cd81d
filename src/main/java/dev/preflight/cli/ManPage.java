package dev.preflight.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The man page, in roff, from the command model that parses the command line and writes
 * {@code --help}, so the two cannot disagree: name, synopsis, every command with its options and
 * arguments, exit status, files.
 */
final class ManPage {
  private ManPage() {}

  static String of(CommandSpec root, String version) {
    String name = root.name();
    StringBuilder out = new StringBuilder();
    out.append(".TH ").append(name.toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"")
        .append(escape(version)).append("\" \"User Commands\"\n");
    out.append(".SH NAME\n").append(name).append(" \\- ").append(escape(first(root)))
        .append('\n');
    out.append(".SH SYNOPSIS\n.B ").append(name).append("\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR]"
        + " [\\fIARGUMENTS\\fR]\n");
    out.append(".SH DESCRIPTION\n").append(escape(String.join(" ",
        root.usageMessage().description()))).append('\n');
    out.append(".SH COMMANDS\n");
    List<CommandSpec> subs = root.subcommands().values().stream().map(c -> c.getCommandSpec())
        .distinct().toList();
    for (CommandSpec sub : subs) {
      out.append(".SS \"").append(name).append(' ').append(sub.name());
      for (PositionalParamSpec p : sub.positionalParameters()) {
        out.append(' ').append(p.arity().min() == 0 ? "[" + p.paramLabel() + "]"
            : p.paramLabel() + (p.arity().isVariable() ? "..." : ""));
      }
      out.append("\"\n");
      for (String line : sub.usageMessage().description()) {
        out.append(escape(line)).append("\n.PP\n");
      }
      for (PositionalParamSpec p : sub.positionalParameters()) {
        out.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
            .append(escape(String.join(" ", p.description()))).append('\n');
      }
      for (OptionSpec o : sub.options()) {
        if (o.hidden() || o.usageHelp() || o.versionHelp()) {
          continue;
        }
        out.append(".TP\n");
        String names = String.join(", ", o.names().length > 0 ? List.of(o.names()) : List.of());
        out.append("\\fB").append(escape(names)).append("\\fR");
        if (o.arity().max() > 0) {
          out.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
        }
        out.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
      }
    }
    out.append(".SH \"EXIT STATUS\"\n");
    root.usageMessage().exitCodeList().forEach((code, meaning) ->
        out.append(".TP\n.B ").append(escape(code.strip())).append('\n')
            .append(escape(meaning)).append('\n'));
    out.append(".SH FILES\n.TP\n.I preflight.yaml\nThe checklist run when none is named"
        + " (then .preflight.yaml).\n.TP\n.I .preflight/\nBeside each checklist: the last run's"
        + " report (last-run.json), item logs, and the editor schema.\n");
    out.append(".SH \"SEE ALSO\"\n").append(name).append(" \\fICOMMAND\\fR \\-\\-help\n");
    return out.toString();
  }

  private static String first(CommandSpec spec) {
    String[] d = spec.usageMessage().description();
    return d.length == 0 ? "" : d[0];
  }

  /**
   * Text safe in roff: backslashes and dashes escaped, characters beyond ASCII as {@code
   * \[uXXXX]} (man reads pages as Latin-1 unless told otherwise), no line that starts a request.
   */
  static String escape(String text) {
    StringBuilder ascii = new StringBuilder();
    text.replace("\\", "\\e").replace("-", "\\-").replace("%n", " ").replace("%%", "%")
        .codePoints()
        .forEach(c -> ascii.append(c < 0x80 ? Character.toString(c)
            : String.format("\\[u%04X]", c)));
    String s = ascii.toString();
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
    }
    return out.toString();
  }
}
