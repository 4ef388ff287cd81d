package dev.preflight.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Who records something and whether they sign it: {@code --by}, {@code --sign}, {@code --key}. */
final class SigningOptions {
  @Option(names = "--by", paramLabel = "NAME",
      description = "Who you are (default: git config user.name, then $GITHUB_ACTOR, then your"
          + " login name).")
  String by;

  @Option(names = "--sign",
      description = "Sign the record with your SSH key (ssh-keygen -Y sign); required when the "
          + "checklist has signing:.")
  boolean sign;

  @Option(names = "--key", paramLabel = "PATH",
      description = "The private SSH key to sign with (default: git config user.signingkey, "
          + "then ~/.ssh/id_ed25519).")
  String key;

  /** Whether to sign: {@code --sign}, or a {@code --key} to sign with. */
  boolean signs() {
    return sign || key != null;
  }

  /** The signer's name, or null after saying on stderr why there is none. */
  String by(Context ctx, Path checklistDir, String command) {
    if (by != null && by.isBlank()) {
      ctx.err().println("preflight " + command + ": --by is empty; give your name; nothing was"
          + " recorded");
      return null;
    }
    String name = by != null ? by.strip() : Signer.name(ctx, checklistDir);
    if (name == null || name.isEmpty()) {
      ctx.err().println("preflight " + command + ": cannot tell who you are; pass --by NAME"
          + " (or set git config user.name); nothing was recorded");
      return null;
    }
    if (name.contains("\n") || name.contains("\r")) {
      ctx.err().println("preflight " + command + ": --by is a name on one line; nothing was"
          + " recorded");
      return null;
    }
    return name;
  }
}
