package dev.preflight.run;

import dev.preflight.model.Output;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A byte sink that keeps the head and the tail of a stream and counts every byte, so memory stays
 * bounded however much a command prints.
 *
 * <p>Defaults: the first 64 KiB and the last 64 KiB are kept. {@link #toOutput()} decodes them
 * as UTF-8 (malformed bytes become U+FFFD) and joins them with a line
 * {@code … 1,234 bytes omitted …} when bytes were dropped. Thread-safe: a pump thread writes
 * while another thread may take a snapshot.
 */
public final class BoundedCapture extends OutputStream {
  public static final int DEFAULT_HEAD_BYTES = 64 * 1024;
  public static final int DEFAULT_TAIL_BYTES = 64 * 1024;

  private final int headBytes;
  private final int tailBytes;
  // Grown as output arrives: most commands print little, and zeroing 128 KiB each is not free.
  private byte[] head = new byte[0];
  private byte[] tail = new byte[0]; // ring buffer: the oldest byte sits at tailStart once full
  private int headLength;
  private int tailStart;
  private int tailLength;
  private long total;

  public BoundedCapture() {
    this(DEFAULT_HEAD_BYTES, DEFAULT_TAIL_BYTES);
  }

  public BoundedCapture(int headBytes, int tailBytes) {
    if (headBytes < 0 || tailBytes < 0) {
      throw new IllegalArgumentException("negative capture size");
    }
    this.headBytes = headBytes;
    this.tailBytes = tailBytes;
  }

  @Override
  public synchronized void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    total += length;
    int toHead = Math.min(length, headBytes - headLength);
    if (headLength + toHead > head.length) {
      int grown = Math.max(headLength + toHead, 2 * head.length);
      head = Arrays.copyOf(head, Math.min(headBytes, grown));
    }
    System.arraycopy(bytes, offset, head, headLength, toHead);
    headLength += toHead;
    if (toHead < length && tail.length < tailBytes) {
      tail = new byte[tailBytes]; // only once the head is full, so still empty
    }
    appendToTail(bytes, offset + toHead, length - toHead);
  }

  private void appendToTail(byte[] bytes, int offset, int length) {
    if (tail.length == 0 || length == 0) {
      return;
    }
    if (length >= tail.length) { // only the last tail.length bytes can survive
      System.arraycopy(bytes, offset + length - tail.length, tail, 0, tail.length);
      tailStart = 0;
      tailLength = tail.length;
      return;
    }
    int end = (tailStart + tailLength) % tail.length;
    int first = Math.min(length, tail.length - end);
    System.arraycopy(bytes, offset, tail, end, first);
    System.arraycopy(bytes, offset + first, tail, 0, length - first);
    int overflow = Math.max(0, tailLength + length - tail.length);
    tailLength = Math.min(tail.length, tailLength + length);
    tailStart = (tailStart + overflow) % tail.length;
  }

  /** How many bytes were written in all. */
  public synchronized long bytes() {
    return total;
  }

  /** The text so far; may be called while writing goes on. */
  public synchronized Output toOutput() {
    byte[] last = new byte[tailLength];
    int first = Math.min(tailLength, tail.length - tailStart);
    System.arraycopy(tail, tailStart, last, 0, first);
    System.arraycopy(tail, 0, last, first, tailLength - first);
    if (total == headLength + tailLength) { // nothing dropped: decode as one, no seam to mend
      byte[] all = Arrays.copyOf(head, headLength + tailLength);
      System.arraycopy(last, 0, all, headLength, tailLength);
      return new Output(utf8(all, 0, all.length), total);
    }
    // Cut characters split by the gap rather than show two U+FFFD that were never in the output.
    int headEnd = headLength - incompleteSuffix(head, headLength);
    int tailFrom = leadingContinuations(last);
    long omitted = total - headEnd - (last.length - tailFrom);
    String text = utf8(head, 0, headEnd);
    String marker = String.format(Locale.ROOT, "… %,d bytes omitted …\n", omitted);
    boolean lineBreak = text.isEmpty() || text.endsWith("\n");
    return new Output(
        text + (lineBreak ? "" : "\n") + marker + utf8(last, tailFrom, last.length - tailFrom),
        total);
  }

  private static String utf8(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8); // replaces malformed input
  }

  /** Bytes at the end that start a multibyte character but do not finish it. */
  private static int incompleteSuffix(byte[] bytes, int length) {
    for (int back = 1; back <= Math.min(3, length); back++) {
      int b = bytes[length - back] & 0xFF;
      if (b < 0x80) {
        return 0;
      }
      if (b >= 0xC0) {
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return needed > back ? back : 0;
      }
    }
    return 0;
  }

  private static int leadingContinuations(byte[] bytes) {
    int i = 0;
    while (i < Math.min(3, bytes.length) && (bytes[i] & 0xC0) == 0x80) {
      i++;
    }
    return i;
  }
}
