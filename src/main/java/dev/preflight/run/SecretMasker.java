package dev.preflight.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces secret values with {@code ***}: in strings, and in byte streams as they flow, so a
 * secret printed in two writes (or across a pipe buffer) is masked all the same.
 *
 * <p>Secrets are the values of the variables named in the checklist's {@code secrets:} and of
 * every variable whose name contains TOKEN, SECRET, PASSWORD, PASSWD, API_KEY or PRIVATE_KEY.
 * Values shorter than 4 characters are left alone: masking {@code "1"} would mangle all output
 * and hide nothing.
 */
public final class SecretMasker {
  public static final String MASK = "***";
  public static final SecretMasker NONE = new SecretMasker(List.of());
  private static final List<String> SECRET_WORDS =
      List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "API_KEY", "PRIVATE_KEY");
  private static final int MIN_LENGTH = 4;

  private final List<String> values; // longest first, so a secret containing another wins
  private final List<byte[]> bytes;
  private final int longest;

  private SecretMasker(Collection<String> values) {
    this.values = values.stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).toList();
    this.bytes = new ArrayList<>();
    this.values.forEach(v -> bytes.add(v.getBytes(StandardCharsets.UTF_8)));
    this.longest = bytes.stream().mapToInt(b -> b.length).max().orElse(0);
  }

  /** The secrets among {@code env}: those named in {@code declared} and those named like one. */
  public static SecretMasker from(Map<String, String> env, Collection<String> declared) {
    TreeSet<String> values = new TreeSet<>();
    env.forEach((name, value) -> {
      if (value != null && value.length() >= MIN_LENGTH
          && (declared.contains(name) || looksSecret(name))) {
        values.add(value);
        values.add(value.strip()); // a value with a trailing newline prints without it
      }
    });
    values.removeIf(v -> v.length() < MIN_LENGTH);
    return values.isEmpty() ? NONE : new SecretMasker(values);
  }

  static boolean looksSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public String mask(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String v : values) {
      masked = masked.replace(v, MASK);
    }
    return masked;
  }

  /** A stream that writes {@code out} masked; close (or flush at the end) to release the tail. */
  public OutputStream maskingStream(OutputStream out) {
    return values.isEmpty() ? out : new MaskingStream(out, bytes, longest);
  }

  /**
   * Holds back the end of what was written only while it may be the start of a secret, so a
   * line that ends a burst of output (a server's "ready") reaches the capture at once.
   */
  private static final class MaskingStream extends OutputStream {
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);
    private final OutputStream out;
    private final List<byte[]> secrets;
    private final int longest;
    private final boolean[] firstBytes = new boolean[256];
    private byte[] pending = new byte[8192];
    private int size;

    MaskingStream(OutputStream out, List<byte[]> secrets, int longest) {
      this.out = out;
      this.secrets = secrets;
      this.longest = longest;
      secrets.forEach(s -> firstBytes[s[0] & 0xff] = true);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      if (size + len > pending.length) {
        pending = java.util.Arrays.copyOf(pending, Math.max(pending.length * 2, size + len));
      }
      System.arraycopy(b, off, pending, size, len);
      size += len;
      drain(size - heldBack());
    }

    /** The longest tail of what is pending that a secret begins with, shorter than a secret. */
    private int heldBack() {
      for (int k = Math.min(longest - 1, size); k > 0; k--) {
        for (byte[] s : secrets) {
          if (k < s.length && java.util.Arrays.equals(pending, size - k, size, s, 0, k)) {
            return k;
          }
        }
      }
      return 0;
    }

    /** Emits everything before {@code safeEnd}, masked; keeps the rest for the next write. */
    private void drain(int safeEnd) throws IOException {
      int i = 0;
      int emitFrom = 0;
      while (i < safeEnd) {
        int matched = firstBytes[pending[i] & 0xff] ? matchAt(i) : 0;
        if (matched > 0) {
          out.write(pending, emitFrom, i - emitFrom);
          out.write(MASK_BYTES);
          i += matched;
          emitFrom = i;
        } else {
          i++;
        }
      }
      out.write(pending, emitFrom, i - emitFrom);
      System.arraycopy(pending, i, pending, 0, size - i);
      size -= i;
    }

    private int matchAt(int i) {
      for (byte[] s : secrets) {
        if (i + s.length <= size && java.util.Arrays.equals(pending, i, i + s.length, s, 0,
            s.length)) {
          return s.length;
        }
      }
      return 0;
    }

    @Override
    public synchronized void close() throws IOException {
      drain(size);
      out.close();
    }
  }
}
