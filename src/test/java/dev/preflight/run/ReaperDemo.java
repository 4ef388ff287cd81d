package dev.preflight.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs one item that leaves two {@code sleep <marker>} processes running, prints "started" once
 * both run, and waits. {@link OrphanReaperIT} kills this JVM with SIGKILL at that point.
 */
public final class ReaperDemo {
  private ReaperDemo() {}

  public static void main(String[] args) throws InterruptedException {
    String marker = args[0];
    ProcessRegistry registry = new ProcessRegistry();
    SubprocessRunner runner = new SubprocessRunner(registry);
    Thread item = new Thread(() -> runner.run(new ProcessSpec(
        List.of("sh", "-c", "sleep " + marker + " & sleep " + marker + "; wait"),
        Path.of(System.getProperty("java.io.tmpdir")), Map.of("PATH", "/usr/bin:/bin"),
        Duration.ofMinutes(5))));
    item.setDaemon(true);
    item.start();
    while (OrphanReaperIT.sleeps(marker).size() < 2 || registry.size() == 0) {
      Thread.sleep(10);
    }
    System.out.println("started");
    System.out.flush();
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}
