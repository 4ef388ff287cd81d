package dev.preflight.run;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An item's whole output in one file, stdout and stderr lines in the order they arrive, so that
 * nothing is lost to the bounds of the captures.
 *
 * <p>The log never fails the item: the first error is kept as {@link #problem()} and later
 * writes are dropped. Writes after {@link #close()}, from a leftover that still prints, are
 * dropped too. Buffered (8 KiB; a pump's larger chunks go straight through); thread-safe, the
 * two pumps writing at once.
 */
final class OutputLog implements Closeable {
  static final OutputLog NONE = new OutputLog(null);
  private static final int BUFFER = 64 * 1024; // the longest partial line held back
  private static final int FILE_BUFFER = 8 * 1024;

  private final Path file;
  private OutputStream out; // null until the first write, after close, and after a failure
  private boolean opened; // the file was opened, or is not to be: no file, closed, failed
  private String problem;

  private OutputLog(Path file) {
    this.file = file;
    this.opened = file == null;
  }

  /**
   * A log writing to {@code file}, replacing it; {@link #NONE} when {@code file} is null. The
   * file is made by the first write (on a pump thread, not before the command starts), or by
   * {@link #close()} for a command that printed nothing.
   */
  static OutputLog open(Path file) {
    return file == null ? NONE : new OutputLog(file);
  }

  /** Whether the file is open for writing; opens it the first time. */
  private boolean ready() {
    if (out == null && !opened) {
      opened = true;
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) { // every item's log shares the run's
          Files.createDirectories(parent);
        }
        out = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER);
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
    }
    return out != null;
  }

  /**
   * A stream that writes to {@code capture} and, whole lines at a time, to this log: stdout and
   * stderr arrive in chunks that end anywhere, and a line of one must not be cut by the other.
   * A partial line waits for its end (or for 64 KiB, or for {@code close()}). Whole lines go
   * straight from the pump's buffer to the log: however much a command prints, nothing is
   * copied or allocated per chunk.
   */
  OutputStream alongside(OutputStream capture) {
    return new OutputStream() {
      private final byte[] partial = new byte[BUFFER];
      private int held;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        capture.write(bytes, offset, length);
        int lastNewline = -1;
        for (int i = offset + length - 1; i >= offset; i--) {
          if (bytes[i] == '\n') {
            lastNewline = i;
            break;
          }
        }
        if (lastNewline < 0) {
          hold(bytes, offset, length);
          return;
        }
        append(partial, held, bytes, offset, lastNewline + 1 - offset);
        held = 0;
        hold(bytes, lastNewline + 1, offset + length - lastNewline - 1);
      }

      /** Keeps the start of a line; a line longer than the buffer goes out in pieces. */
      private void hold(byte[] bytes, int offset, int length) {
        while (length > 0) {
          int n = Math.min(length, partial.length - held);
          System.arraycopy(bytes, offset, partial, held, n);
          held += n;
          offset += n;
          length -= n;
          if (held == partial.length) {
            append(partial, held, bytes, offset, 0);
            held = 0;
          }
        }
      }

      @Override
      public void flush() throws IOException {
        capture.flush();
        OutputLog.this.flush();
      }

      @Override
      public synchronized void close() {
        append(partial, held, partial, 0, 0);
        held = 0;
      }
    };
  }

  /** Why the log is incomplete, as one line naming the file; empty when it is whole. */
  synchronized Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The first {@code held} bytes of {@code start}, then the lines: one piece, never cut. */
  private synchronized void append(byte[] start, int held, byte[] lines, int offset, int length) {
    if (held + length == 0 || !ready()) {
      return;
    }
    try {
      out.write(start, 0, held);
      out.write(lines, offset, length);
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private synchronized void flush() {
    if (out == null) {
      return;
    }
    try {
      out.flush();
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public synchronized void close() {
    if (!ready()) {
      return;
    }
    try {
      out.close();
    } catch (IOException | RuntimeException e) {
      problem = describe(e);
    }
    out = null;
    opened = true;
  }

  private void fail(Exception e) {
    problem = describe(e);
    if (out != null) {
      try {
        out.close();
      } catch (IOException | RuntimeException ignored) {
        // the first error is the one worth reporting
      }
      out = null;
    }
  }

  private String describe(Exception e) {
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileAlreadyExistsException ? "a file is in the way of its directory"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : String.valueOf(e.getMessage());
    return "cannot write log " + file + ": " + reason;
  }
}
