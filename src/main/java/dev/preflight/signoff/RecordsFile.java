package dev.preflight.signoff;

import dev.preflight.load.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The records file beside a checklist ({@code release.yaml} → {@code release.signoffs.yaml}),
 * meant to be committed and reviewed.
 *
 * <p>Readers never lock: every write replaces the file in one rename, so a reader sees the old
 * records or the new. Writers take an exclusive lock on a separate lock file (the records file
 * itself is replaced, so a lock on it would guard a file that is gone), re-read the records
 * under the lock, add theirs and rename; so ten people or jobs signing at once are all
 * recorded. The new file is flushed to disk before the rename: a sign-off that was reported
 * recorded survives a power cut. A file that cannot be read is never written over.
 */
public final class RecordsFile {
  /** Thousands of signed records fit; anything bigger is not a records file. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  /** How long a writer waits for another to finish before giving up with a message. */
  private static final long LOCK_WAIT_MILLIS = 30_000;

  private final Path path;
  private final String display;
  private final Path lockFile;
  private final String checklistName;

  /**
   * @param display how messages name the file, e.g. {@code checklists/release.signoffs.yaml}
   * @param lockFile where writers take their lock; its directory is created when missing
   * @param checklistName the checklist's file name, for the header comment
   */
  public RecordsFile(Path path, String display, Path lockFile, String checklistName) {
    this.path = path;
    this.display = display;
    this.lockFile = lockFile;
    this.checklistName = checklistName;
  }

  /** {@code NAME.signoffs.yaml} beside the checklist {@code NAME.yaml} (or {@code .yml}). */
  public static Path beside(Path checklist) {
    String name = checklist.getFileName().toString();
    String stem = name.replaceFirst("\\.(ya?ml)$", "");
    return checklist.resolveSibling(stem + ".signoffs.yaml");
  }

  public Path path() {
    return path;
  }

  public String display() {
    return display;
  }

  /** A records file that is there but cannot be used; it is left exactly as it is. */
  public static final class Unreadable extends Exception {
    private final List<Diagnostic> problems;

    Unreadable(List<Diagnostic> problems) {
      super(problems.get(0).render(), null, false, false);
      this.problems = List.copyOf(problems);
    }

    public List<Diagnostic> problems() {
      return problems;
    }
  }

  /** The records; none when the file does not exist yet. */
  public Records read() throws Unreadable {
    String text;
    try {
      if (Files.isDirectory(path)) {
        throw unreadable("is a directory, not a records file", "move it out of the way");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw unreadable("is larger than 16 MiB, which no records file is",
            "is this the right file?");
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (NoSuchFileException e) {
      return Records.NONE;
    } catch (CharacterCodingException e) {
      throw unreadable("is not valid UTF-8", "restore it from git");
    } catch (AccessDeniedException e) {
      throw unreadable("cannot be read: permission denied", null);
    } catch (IOException e) {
      throw unreadable("cannot be read: " + e.getMessage(), null);
    }
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    RecordsReader.Result result = RecordsReader.read(text, display);
    if (!result.problems().isEmpty()) {
      throw new Unreadable(result.problems());
    }
    return result.records();
  }

  /**
   * Applies {@code change} to the records as they are under the lock and writes the result.
   *
   * @return the records as written
   * @throws Unreadable when the file as it is cannot be read; nothing is written then
   * @throws IOException when the lock cannot be had or the file cannot be written
   */
  public Records update(UnaryOperator<Records> change) throws Unreadable, IOException {
    Files.createDirectories(lockFile.toAbsolutePath().getParent());
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        FileLock ignored = lock(channel)) {
      Records updated = change.apply(read());
      write(RecordsWriter.render(updated, checklistName));
      return updated;
    }
  }

  private FileLock lock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("another preflight has held the lock on " + display + " for "
            + LOCK_WAIT_MILLIS / 1000 + "s (" + lockFile + "); try again when it is done");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lock on " + display);
      }
    }
  }

  private void write(String content) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      keepPermissions(tmp);
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Temporary files start private; the records file is read by everyone, like the checklist. */
  private void keepPermissions(Path tmp) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(path)
        ? Files.getPosixFilePermissions(path) : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  private Unreadable unreadable(String message, String hint) {
    return new Unreadable(List.of(new Diagnostic(display, 0, 0, "", message, hint)));
  }
}
