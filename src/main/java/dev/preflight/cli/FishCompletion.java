package dev.preflight.cli;

import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script from the same command model picocli completes bash and zsh from:
 * subcommands with their descriptions, then each subcommand's options, with the values of
 * options that take one of a few (e.g. {@code --color}).
 */
final class FishCompletion {
  private FishCompletion() {}

  static String of(CommandSpec root) {
    String cmd = root.name();
    StringBuilder out = new StringBuilder("# fish completion for " + cmd
        + ", written by '" + cmd + " completion fish'\n");
    out.append("complete -c ").append(cmd).append(" -f\n");
    for (CommandSpec sub : root.subcommands().values().stream().map(c -> c.getCommandSpec())
        .distinct().toList()) {
      out.append("complete -c ").append(cmd).append(" -n __fish_use_subcommand -a ")
          .append(sub.name()).append(" -d ").append(quote(firstLine(sub))).append('\n');
    }
    for (OptionSpec o : root.options()) {
      option(out, cmd, "__fish_use_subcommand", o);
    }
    for (CommandSpec sub : root.subcommands().values().stream().map(c -> c.getCommandSpec())
        .distinct().toList()) {
      String when = "'__fish_seen_subcommand_from " + sub.name() + "'";
      for (OptionSpec o : sub.options()) {
        option(out, cmd, when, o);
      }
      boolean files = sub.positionalParameters().stream()
          .anyMatch(p -> !p.hidden() && candidates(p).isEmpty());
      for (var p : sub.positionalParameters()) {
        if (!candidates(p).isEmpty()) {
          out.append("complete -c ").append(cmd).append(" -n ").append(when).append(" -a ")
              .append(quote(String.join(" ", candidates(p)))).append('\n');
        }
      }
      if (files) {
        out.append("complete -c ").append(cmd).append(" -n ").append(when).append(" -F\n");
      }
    }
    return out.toString();
  }

  private static void option(StringBuilder out, String cmd, String when, OptionSpec o) {
    if (o.hidden()) {
      return;
    }
    out.append("complete -c ").append(cmd).append(" -n ").append(when);
    for (String name : o.names()) {
      if (name.startsWith("--")) {
        out.append(" -l ").append(name.substring(2));
      } else if (name.startsWith("-") && name.length() == 2) {
        out.append(" -s ").append(name.substring(1));
      }
    }
    if (o.arity().max() > 0 && !o.arity().isVariable() || o.arity().min() > 0) {
      out.append(" -r");
      List<String> values = candidates(o);
      if (!values.isEmpty()) {
        out.append(" -a ").append(quote(String.join(" ", values)));
      }
    }
    String d = o.description().length == 0 ? "" : o.description()[0];
    out.append(" -d ").append(quote(d.replaceAll("\\s+", " "))).append('\n');
  }

  private static List<String> candidates(ArgSpec a) {
    List<String> values = new java.util.ArrayList<>();
    if (a.completionCandidates() != null) {
      // enum constants; the command line takes them in any case, users type lower case
      a.completionCandidates().forEach(v -> values.add(v.toLowerCase(java.util.Locale.ROOT)));
    }
    return values;
  }

  private static String firstLine(CommandSpec sub) {
    String[] d = sub.usageMessage().description();
    return d.length == 0 ? "" : d[0];
  }

  private static String quote(String text) {
    String s = text.replace("%n", " ").replace("%%", "%");
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
