package dev.preflight.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lines typed at the prompt, read on a thread of their own so that Ctrl-C can end a question
 * that blocks on the terminal: {@link #interrupt()} answers it with {@code null}, as does the end
 * of input. The thread is a daemon; a read it leaves pending does not keep preflight alive.
 */
final class PromptInput {
  /** Compared by identity, so no line typed can pass for it. */
  private static final String END = new String("end of input");

  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private volatile boolean over;
  private volatile boolean interrupted;

  PromptInput(InputStream in) {
    Thread reader = new Thread(() -> read(in), "preflight-prompt-input");
    reader.setDaemon(true);
    reader.start();
  }

  private void read(InputStream in) {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // a terminal that went away is the end of input
    }
    lines.add(END);
  }

  /** The next line, or null once input ended or the prompt was interrupted. */
  String next() {
    if (over) {
      return null;
    }
    try {
      String line = lines.take();
      if (line == END) {
        over = true;
        return null;
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      over = true;
      return null;
    }
  }

  /** Ctrl-C: the question being asked, and every later one, gets no answer. */
  void interrupt() {
    interrupted = true;
    over = true;
    lines.add(END);
  }

  /** Whether no more answers will come: input ended or Ctrl-C. */
  boolean isOver() {
    return over;
  }

  boolean wasInterrupted() {
    return interrupted;
  }
}
