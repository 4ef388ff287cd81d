package dev.preflight.signoff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Signatures made and checked by OpenSSH's {@code ssh-keygen -Y}, in namespace
 * {@code preflight}, against git's allowed signers format: the same machinery git uses for
 * SSH-signed commits, so a team's existing keys and allowed signers file work unchanged.
 * Signing may ask for the key's passphrase on the terminal, so it gets two minutes; checking
 * gets ten seconds.
 */
public final class SshKeygen implements Signatures {
  public static final String NAMESPACE = "preflight";

  private static final long SIGN_SECONDS = 120;
  private static final long VERIFY_SECONDS = 10;

  @Override
  public String sign(String text, Path key) throws Failed {
    if (!Files.isReadable(key)) {
      throw new Failed("no readable SSH key at " + key
          + " (name one with --key, or set git config user.signingkey)");
    }
    Result r = run(List.of("ssh-keygen", "-q", "-Y", "sign", "-n", NAMESPACE, "-f",
        key.toString()), text, SIGN_SECONDS);
    if (r == null) {
      throw new Failed("ssh-keygen is not installed (it comes with OpenSSH), so nothing can"
          + " be signed");
    }
    if (r.exit != 0 || !r.stdout.contains("BEGIN SSH SIGNATURE")) {
      String why = r.stderr.lines().filter(l -> !l.isBlank() && !l.startsWith("Signing data"))
          .reduce((a, b) -> b).orElse("exit code " + r.exit).strip();
      throw new Failed("ssh-keygen could not sign with " + key + ": " + why);
    }
    return r.stdout;
  }

  @Override
  public Check verify(String text, String signature, String signer, Path allowedSigners) {
    Path sig = null;
    try {
      sig = Files.createTempFile("preflight-signature", ".sig");
      Files.writeString(sig, signature, StandardCharsets.UTF_8);
      Result good = run(List.of("ssh-keygen", "-Y", "verify", "-n", NAMESPACE, "-f",
          allowedSigners.toString(), "-I", signer, "-s", sig.toString()), text, VERIFY_SECONDS);
      if (good == null) {
        return Check.UNAVAILABLE;
      }
      if (good.exit == 0) {
        return Check.GOOD;
      }
      Result sound = run(List.of("ssh-keygen", "-Y", "check-novalidate", "-n", NAMESPACE,
          "-s", sig.toString()), text, VERIFY_SECONDS);
      return sound != null && sound.exit == 0 ? Check.NOT_LISTED : Check.BAD;
    } catch (IOException e) {
      return Check.UNAVAILABLE;
    } finally {
      if (sig != null) {
        try {
          Files.deleteIfExists(sig);
        } catch (IOException e) {
          // a stray temporary file is not worth failing a check for
        }
      }
    }
  }

  private record Result(int exit, String stdout, String stderr) {}

  /** ssh-keygen's outcome, or null when it cannot be started at all. */
  private static Result run(List<String> command, String stdin, long seconds) {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return null;
    }
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // ssh-keygen stopped reading (a bad key, say); its exit code and stderr tell why
    }
    try {
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "", "ssh-keygen did not finish within " + seconds + "s");
      }
      return new Result(p.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Result(-1, "", "interrupted");
    }
  }

  private static String drain(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
