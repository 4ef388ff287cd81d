package dev.preflight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Real PostgreSQL and Redis servers for tests, from Debian's packages, each on a free loopback
 * port in a temporary directory, stopped with everything they started. Without the binaries a
 * test is skipped with the package to install, except in CI (CI=true), where it fails: .ci/run
 * installs them, so their absence there is a broken build, not a reason to skip.
 */
public final class LocalServers {
  private LocalServers() {}

  /** A running server; closing it stops its whole process tree and removes its files. */
  public record Server(Process process, int port, Path dir) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
      tree.add(0, process.toHandle());
      tree.forEach(ProcessHandle::destroy);
      for (ProcessHandle h : tree) {
        try {
          h.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          h.destroyForcibly();
        }
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  public static final String PG_PASSWORD = "pg-s3cret-for-tests";
  public static final String REDIS_PASSWORD = "redis-s3cret-for-tests";

  /** PostgreSQL with superuser {@code preflight}, password {@link #PG_PASSWORD}, database postgres. */
  public static Server postgres() throws Exception {
    Path bin = postgresBin().orElse(null);
    require(bin != null, "PostgreSQL (initdb, postgres)", "postgresql");
    Path dir = tempDir("pg");
    Path pw = dir.resolve("pw");
    Files.writeString(pw, PG_PASSWORD + "\n");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "-R", "postgres", dir.toString()));
    }
    run(asPostgres(root, List.of(bin.resolve("initdb").toString(), "-D",
        dir.resolve("data").toString(), "-U", "preflight", "--auth=scram-sha-256",
        "--pwfile=" + pw, "--no-sync", "-E", "UTF8", "--locale=C")));
    int port = freePort();
    Process p = new ProcessBuilder(asPostgres(root, List.of(bin.resolve("postgres").toString(),
        "-D", dir.resolve("data").toString(), "-p", String.valueOf(port), "-k", dir.toString(),
        "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off")))
        .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    Server server = new Server(p, port, dir);
    awaitPort(server, "PostgreSQL");
    return server;
  }

  /** redis-server requiring {@link #REDIS_PASSWORD}. */
  public static Server redis() throws Exception {
    Optional<Path> bin = onPath("redis-server");
    require(bin.isPresent(), "redis-server", "redis-server");
    Path dir = tempDir("redis");
    int port = freePort();
    Process p = new ProcessBuilder(bin.get().toString(), "--port", String.valueOf(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
        "--requirepass", REDIS_PASSWORD)
        .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
    Server server = new Server(p, port, dir);
    awaitPort(server, "redis-server");
    return server;
  }

  private static void require(boolean present, String what, String debianPackage) {
    String message = what + " is not installed (apt-get install " + debianPackage + ")";
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + "; .ci/run installs it, so CI must have it");
    }
    Assumptions.assumeTrue(present, message + "; skipping the tests against a real server");
  }

  /** Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/VERSION/bin. */
  public static Optional<Path> postgresBin() throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparingInt(b -> Integer.parseInt(
                b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        if (newest.isPresent()) {
          return newest;
        }
      }
    }
    return onPath("initdb").map(Path::getParent);
  }

  private static Optional<Path> onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static List<String> asPostgres(boolean root, List<String> command) {
    if (!root) {
      return command;
    }
    List<String> out = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    out.addAll(command);
    return out;
  }

  private static Path tempDir(String prefix) throws IOException {
    Path dir = Files.createTempDirectory("preflight-" + prefix + "-");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
  }

  private static void awaitPort(Server server, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!server.process().isAlive()) {
        String log = Files.readString(server.dir().resolve("server.log"));
        server.close();
        throw new AssertionError(what + " exited at start:\n" + log);
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 500);
        Thread.sleep(200); // PostgreSQL listens a moment before it accepts logins
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new AssertionError(what + " did not listen on " + server.port() + " within 60s");
  }
}
