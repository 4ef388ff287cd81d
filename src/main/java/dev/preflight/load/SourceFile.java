package dev.preflight.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a checklist file as text, refusing what is not one before any YAML parser sees it:
 * missing files, directories, oversized files, invalid UTF-8, binary data and empty files.
 */
final class SourceFile {
  /**
   * Real checklists are a few KiB; anything this big is a mistake or an attack. SnakeYAML reads
   * about a megabyte a second, so this also bounds how long a hostile file can keep us busy.
   */
  static final long MAX_BYTES = 1024L * 1024;

  private SourceFile() {}

  /** The file's text without a byte-order mark, or null after reporting why not. */
  static String read(Path file, Problems problems) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        problems.add("is a directory, not a checklist file", "name a .yaml file");
        return null;
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.add(
            String.format(java.util.Locale.ROOT, "file is too large (%.1f MiB)", size / 1048576.0),
            "checklists are limited to 1 MiB");
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      problems.add("no such file", null);
      return null;
    } catch (AccessDeniedException e) {
      problems.add("cannot read the file: permission denied", null);
      return null;
    } catch (IOException e) {
      problems.add("cannot read the file: " + e.getMessage(), null);
      return null;
    }
    if (bytes.length > MAX_BYTES) { // the file grew between size() and read
      problems.add("file is too large", "checklists are limited to 1 MiB");
      return null;
    }
    return decode(bytes, problems);
  }

  static String decode(byte[] bytes, Problems problems) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    String text;
    try {
      text = decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes, start);
      Mark at = markOfByte(bytes, start, bad);
      problems.add(at, "", String.format("not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
          "save the file as UTF-8");
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        problems.add(markOf(text, i), "",
            String.format("file contains binary data (control character U+%04X)", (int) c),
            "is this the right file? a checklist is a YAML text file");
        return null;
      }
    }
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      problems.add("file is empty; a checklist needs at least version, name and sections", null);
      return null;
    }
    return text;
  }

  private static int firstInvalidByte(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    // On a malformed sequence the decoder stops with the input positioned at its first byte.
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  private static Mark markOfByte(byte[] bytes, int start, int index) {
    int line = 1;
    int column = 1;
    for (int i = start; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not continuation bytes
        column++;
      }
    }
    return new Mark(line, column);
  }

  static Mark markOf(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Mark(line, text.codePointCount(lineStart, index) + 1);
  }
}
