package dev.preflight.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar on a real pseudo-terminal, through util-linux {@code script}, driven like
 * {@code expect}: wait for text to appear, then type. What the terminal shows is kept with
 * escape sequences and carriage returns removed.
 */
public final class Pty implements AutoCloseable {
  private final Process process;
  private final OutputStream keyboard;
  private final StringBuilder screen = new StringBuilder();
  private int mark;
  private volatile boolean closed;

  private Pty(Process process) {
    this.process = process;
    this.keyboard = process.getOutputStream();
    Thread reader = new Thread(() -> read(process.getInputStream()), "pty-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code preflight ARGS} in {@code dir} on a terminal 100 columns wide. */
  public static Pty start(Path dir, Map<String, String> env, String... args) throws IOException {
    StringBuilder command = new StringBuilder("exec ").append(quote(java())).append(" -jar ")
        .append(quote(Preflight.jar().toString()));
    for (String a : args) {
      command.append(' ').append(quote(a));
    }
    List<String> argv = new ArrayList<>(List.of("script", "-q", "-e", "-c", command.toString(),
        "/dev/null"));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    pb.environment().put("COLUMNS", "100");
    pb.environment().put("TERM", "xterm");
    pb.environment().putAll(env);
    return new Pty(pb.start());
  }

  private void read(InputStream in) {
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        String text = new String(buf, 0, n, StandardCharsets.UTF_8);
        synchronized (screen) {
          screen.append(text);
          screen.notifyAll();
        }
      }
    } catch (IOException e) {
      // the terminal closed
    }
    synchronized (screen) {
      closed = true;
      screen.notifyAll();
    }
  }

  /** Waits until {@code text} appears after what was last expected; fails after a minute. */
  public Pty expect(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    synchronized (screen) {
      while (true) {
        int at = plain(screen.toString()).indexOf(text, mark);
        if (at >= 0) {
          mark = at + text.length(); // in what the terminal shows, escapes removed
          return this;
        }
        if (closed || System.nanoTime() > deadline) {
          throw new AssertionError("the terminal never showed '" + text + "'; it shows:\n"
              + plain(screen.toString()));
        }
        screen.wait(100);
      }
    }
  }

  /** Types {@code keys} (a line needs its own {@code \n}; Ctrl-C is {@code \u0003}). */
  public Pty type(String keys) throws IOException {
    keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    return this;
  }

  /** The exit code, once preflight ends within two minutes. */
  public int exitCode() throws InterruptedException {
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("preflight did not end; the terminal shows:\n" + shown());
    }
    return process.exitValue();
  }

  /** Everything the terminal showed so far, without escapes and carriage returns. */
  public String shown() {
    synchronized (screen) {
      return plain(screen.toString());
    }
  }

  private static String plain(String s) {
    return s.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  @Override
  public void close() throws IOException {
    keyboard.close();
    process.destroyForcibly();
  }
}
