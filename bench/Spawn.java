import java.io.File;
import java.util.Arrays;
import java.util.List;

/**
 * The JDK's own cost of starting a program and waiting for it, with nothing of preflight's:
 * {@code java Spawn N COMMAND…} starts COMMAND N times one after another, reads its two pipes to
 * the end and waits for it, as preflight does for an item (stdin /dev/null).
 */
public final class Spawn {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    List<String> command = Arrays.asList(args).subList(1, args.length);
    for (int i = 0; i < n; i++) {
      Process p = new ProcessBuilder(command).redirectInput(new File("/dev/null")).start();
      p.getInputStream().readAllBytes();
      p.getErrorStream().readAllBytes();
      p.waitFor();
    }
  }
}
