package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.run.ProcTable.Stat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeMembersTest {
  private static final String RUN = "00000000000000aa";
  private static final Cookie A = new Cookie(RUN, "a", 1);
  private static final Cookie B = new Cookie(RUN, "b", 2);

  @TempDir Path dir;
  private long now = Duration.ofHours(1).toNanos();

  private TreeMembers members(FakeProc proc) {
    return new TreeMembers(proc.table(), () -> now);
  }

  private ProcessTree tree(long rootPid, Cookie cookie, long startTicks, Duration ago) {
    return new ProcessTree(new Pid(rootPid), cookie, startTicks, now - ago.toNanos());
  }

  private static String env(Cookie c) {
    return Cookie.VARIABLE + "=" + c.value();
  }

  private static List<Long> pids(List<Stat> stats) {
    return stats == null ? List.of() : stats.stream().map(Stat::pid).toList();
  }

  @Test
  void theCookieDecidesAndNotPidsSessionsOrAge() throws Exception {
    // A's root (pid 100) is gone and the kernel gave its pid to B's root.
    FakeProc proc = new FakeProc(dir)
        .process(101, "sh", 'S', 1, 101, 101, 510, "PATH=/bin", env(A)) // setsid grandchild
        .process(102, "daemon", 'S', 1, 102, 102, 520, env(A)) // double fork, own session
        .process(103, "postgres: w", 'S', 101, 101, 101, 530) // wrote over its environment
        .process(104, "nginx: w", 'S', 1, 104, 102, 540) // orphan in the daemon's session
        .process(100, "sh", 'S', 7, 100, 100, 600, env(B)) // B's root, A's old pid
        .process(105, "sleep", 'S', 100, 100, 100, 610, env(B))
        .process(106, "clobbered", 'S', 1, 100, 100, 620) // in B's session and group
        .process(107, "stranger", 'S', 1, 107, 107, 700, "PATH=/bin")
        .process(108, "old", 'S', 1, 101, 101, 10) // older than A: never A's
        .process(109, "dead", 'Z', 101, 101, 101, 530, env(A))
        .lastPid(200);
    ProcessTree a = tree(100, A, 500, Duration.ofSeconds(5));
    ProcessTree b = tree(100, B, 600, Duration.ofMillis(1));

    Map<ProcessTree, List<Stat>> found = members(proc).of(List.of(a, b));

    assertThat(pids(found.get(a))).containsExactlyInAnyOrder(101L, 102L, 103L, 104L);
    assertThat(pids(found.get(b))).containsExactlyInAnyOrder(100L, 105L, 106L);
  }

  @Test
  void thisJvmsChildrenAreTheRootsKnownByPidAndStartNotByTheirEnvironment() throws Exception {
    long self = ProcessHandle.current().pid();
    // both still exec their command, so neither has an environment to read yet
    FakeProc proc = new FakeProc(dir)
        .execing(300, "setsid", self, 700) // A's root
        .execing(301, "setsid", self, 720); // another item's root, on the pid B's root had
    ProcessTree a = tree(300, A, 700, Duration.ofSeconds(5));
    ProcessTree b = tree(301, B, 650, Duration.ofSeconds(5));

    long start = System.nanoTime();
    Map<ProcessTree, List<Stat>> found = members(proc).of(List.of(a, b));

    assertThat(pids(found.get(a))).containsExactly(300L);
    assertThat(pids(found.get(b))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ProcTable.EXEC_WAIT);
  }

  @Test
  void aChildStartedBeforeItsParentIsNotItsChild() throws Exception {
    // 202's parent pid names a process younger than 202: the pid was taken again
    FakeProc proc = new FakeProc(dir)
        .process(201, "sh", 'S', 1, 201, 201, 600, env(A))
        .process(202, "other", 'S', 201, 202, 202, 550);

    ProcessTree a = tree(150, A, 500, Duration.ofSeconds(5));
    List<Stat> found = members(proc).of(List.of(a)).get(a);

    assertThat(pids(found)).containsExactly(201L);
  }

  @Test
  void aYoungItemIsLookedForAmongThePidsGivenOutSinceItsRoot() throws Exception {
    // 900 and 5000 could only carry the cookie after a full turn of the pid counter
    FakeProc proc = new FakeProc(dir)
        .process(1000, "sh", 'S', 7, 1000, 1000, 500, env(A))
        .process(1100, "late", 'S', 1, 1100, 1100, 510, env(A))
        .process(900, "earlier", 'S', 1, 900, 900, 520, env(A))
        .process(5000, "later", 'S', 1, 5000, 5000, 530, env(A))
        .lastPid(1100);
    ProcessTree young = tree(1000, A, 500, Duration.ofMillis(50));
    ProcessTree old = tree(1000, A, 500, TreeMembers.WINDOW.plusMillis(1));

    assertThat(pids(members(proc).of(List.of(young)).get(young)))
        .containsExactlyInAnyOrder(1000L, 1100L);
    assertThat(pids(members(proc).of(List.of(old)).get(old)))
        .containsExactlyInAnyOrder(1000L, 1100L, 900L, 5000L);
  }

  @Test
  void aCounterThatWrappedRoundOrManyPidsGivenOutMeanEveryProcessIsLookedAt() throws Exception {
    FakeProc proc = new FakeProc(dir)
        .process(32100, "late", 'S', 1, 32100, 32100, 510, env(A))
        .process(300, "wrapped", 'S', 1, 300, 300, 520, env(A))
        .process(20000, "between", 'S', 1, 20000, 20000, 530, env(A))
        .lastPid(305);
    ProcessTree wrapped = tree(32000, A, 500, Duration.ofMillis(50));
    ProcessTree busy = tree(10000, A, 500, Duration.ofMillis(50));

    assertThat(pids(members(proc).of(List.of(wrapped)).get(wrapped)))
        .containsExactlyInAnyOrder(32100L, 300L, 20000L);
    proc.lastPid(32200);
    assertThat(pids(members(proc).of(List.of(busy)).get(busy)))
        .containsExactlyInAnyOrder(32100L, 300L, 20000L);
  }

  @Test
  void aRunsProcessesAreEveryOneMarkedWithOneOfItsCookies() throws Exception {
    FakeProc proc = new FakeProc(dir)
        .process(101, "a", 'S', 1, 101, 101, 510, env(A))
        .process(102, "b", 'S', 1, 102, 102, 520, env(B))
        .process(103, "b-child", 'S', 102, 102, 102, 530)
        .process(104, "other-run", 'S', 1, 104, 104, 540,
            Cookie.VARIABLE + "=" + new Cookie("00000000000000bb", "a", 1).value());

    assertThat(pids(members(proc).ofRun(RUN, 0))).containsExactlyInAnyOrder(101L, 102L, 103L);
    assertThat(pids(members(proc).ofRun(RUN, 515))).containsExactlyInAnyOrder(102L, 103L);
  }

  /** A process handle that is only a pid: the members are read from the fake /proc. */
  private record Pid(long pid) implements ProcessHandle {
    @Override public Optional<ProcessHandle> parent() { return Optional.empty(); }
    @Override public Stream<ProcessHandle> children() { return Stream.empty(); }
    @Override public Stream<ProcessHandle> descendants() { return Stream.empty(); }
    @Override public Info info() { throw new UnsupportedOperationException(); }
    @Override public CompletableFuture<ProcessHandle> onExit() {
      throw new UnsupportedOperationException();
    }
    @Override public boolean supportsNormalTermination() { return true; }
    @Override public boolean destroy() { throw new UnsupportedOperationException(); }
    @Override public boolean destroyForcibly() { throw new UnsupportedOperationException(); }
    @Override public boolean isAlive() { return false; }
    @Override public int compareTo(ProcessHandle other) { return Long.compare(pid, other.pid()); }
  }
}
