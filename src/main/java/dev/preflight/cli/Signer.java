package dev.preflight.cli;

import java.nio.file.Path;

/**
 * Who is signing and with which key, when the command line does not say: {@code --by} falls
 * back to git's {@code user.name}, then {@code GITHUB_ACTOR} (CI), then the login name; the
 * key to git's {@code user.signingkey}, then {@code ~/.ssh/id_ed25519}, as git signs commits.
 */
final class Signer {
  private Signer() {}

  /** The signer's name, or null when nothing tells. */
  static String name(Context ctx, Path dir) {
    String git = Git.ask(dir, "config", "user.name");
    if (git != null) {
      return git;
    }
    for (String variable : new String[] {"GITHUB_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
      String value = ctx.env().get(variable);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** The private key to sign with: {@code --key}, git's signing key, or the usual one. */
  static Path key(Context ctx, Path dir, String given) {
    if (given != null) {
      return ctx.cwd().resolve(home(ctx, given));
    }
    String git = Git.ask(dir, "config", "user.signingkey");
    if (git != null && !git.startsWith("key::")) {
      return dir.resolve(home(ctx, git));
    }
    return Path.of(ctx.env().getOrDefault("HOME", "."), ".ssh", "id_ed25519");
  }

  private static String home(Context ctx, String path) {
    String home = ctx.env().get("HOME");
    return path.startsWith("~/") && home != null ? home + path.substring(1) : path;
  }
}
