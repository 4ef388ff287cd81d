package dev.preflight.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code signing: {allowed_signers: FILE}} (SPEC §9): the git-format file of names and
 * SSH public keys whose signatures make sign-offs count. The file must exist when the checklist
 * is loaded; a typo there would otherwise make every sign-off quietly stop counting.
 */
final class SigningMapper {
  private SigningMapper() {}

  /** The allowed signers file, absolute; null when signing is not required or was reported. */
  static Path allowedSigners(Fields top, Context cx) {
    Node.MapNode map = top.mapAt("signing");
    if (map == null) {
      return null;
    }
    Fields f = cx.fields(map, "signing");
    f.allowOnly(List.of("allowed_signers"), Map.of("allowed_signers_file", "allowed_signers",
        "allowedSigners", "allowed_signers", "signers", "allowed_signers"), Map.of());
    String text = f.required("allowed_signers",
        "name git's allowed_signers file: a name, then an SSH public key, per line");
    if (text == null) {
      return null;
    }
    Path file;
    try {
      file = cx.baseDir().resolve(text).normalize();
    } catch (InvalidPathException e) {
      cx.report(f.node("allowed_signers"), f.path("allowed_signers"),
          "not a valid path: " + e.getReason(), null);
      return null;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      cx.report(f.node("allowed_signers"), f.path("allowed_signers"),
          "no readable file '" + text + "'",
          "the path is relative to the checklist file's directory");
      return null;
    }
    return file;
  }
}
