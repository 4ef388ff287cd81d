package dev.preflight.cli;

import dev.preflight.model.ExitCode;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the command line: parses arguments and returns the process exit code. */
public final class Cli {
  private Cli() {}

  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean tty) {
    return run(args, new Context(out, err, env, tty, Path.of("").toAbsolutePath()));
  }

  /** As above, with what the user types for the sign-off prompt. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Map<String, String> env, boolean tty) {
    return run(args, new Context(out, err, env, tty, Path.of("").toAbsolutePath(), in,
        Clock.systemUTC()));
  }

  static int run(String[] args, Context ctx) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    ContextFactory factory = new ContextFactory(ctx);
    CommandLine cli = new CommandLine(new RootCommand(), factory);
    for (Class<?> command : RootCommand.subcommandsFor(args)) {
      cli.addSubcommand(new CommandLine(command, factory));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true); // --color never, as users type it
    cli.setOut(new PrintWriter(ctx.out(), true));
    cli.setErr(new PrintWriter(ctx.err(), true));
    cli.setParameterExceptionHandler((ex, ignored) -> {
      List<String> near = ex instanceof CommandLine.UnmatchedArgumentException u
          ? u.getSuggestions() : List.of();
      ctx.err().println("preflight: " + ex.getMessage() + (near.isEmpty() ? ""
          : "; did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'")
              .toList()) + "?") + " (see '"
          + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      return ExitCode.INVALID.code();
    });
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      ctx.err().println("preflight: internal error: " + ex
          + (verbose ? "" : " (rerun with --verbose for details)"));
      if (verbose) {
        ex.printStackTrace(ctx.err());
      }
      return ExitCode.INTERNAL.code();
    });
    int code = cli.execute(args);
    ctx.out().flush();
    ctx.err().flush();
    return code;
  }

  /** Builds commands with the context so they never reach for global state. */
  private record ContextFactory(Context ctx) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Context.class).newInstance(ctx);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
