package dev.preflight.testing;

import dev.preflight.model.Check;
import dev.preflight.model.Item;
import dev.preflight.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Items for tests, with the defaults a loaded checklist would give. */
public final class TestItems {
  private TestItems() {}

  public static Item command(String id, String script) {
    return new Item(id, id, null, List.of("main"), new Check.Script(script, Check.Shell.SH),
        Path.of(".").toAbsolutePath().normalize(), Map.of(), Duration.ofMinutes(1),
        Severity.BLOCKER, Set.of(), List.of(), null, null, List.of(), 0, Duration.ZERO, false);
  }

  public static Item manual(String id) {
    return with(command(id, ""), new Check.Manual("sign " + id));
  }

  public static Item with(Item i, Check check) {
    return new Item(i.id(), i.title(), i.description(), i.section(), check, i.workdir(), i.env(),
        i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), i.parse(), i.expect(),
        i.retries(), i.retryDelay(), i.exclusive());
  }

  public static Item needs(Item i, String... needs) {
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), i.severity(), i.tags(), List.of(needs), i.skip(), i.parse(),
        i.expect(), i.retries(), i.retryDelay(), i.exclusive());
  }

  public static Item exclusive(Item i) {
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), i.parse(),
        i.expect(), i.retries(), i.retryDelay(), true);
  }

  public static Item retries(Item i, int retries) {
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), i.severity(), i.tags(), i.needs(), i.skip(), i.parse(),
        i.expect(), retries, Duration.ofMillis(10), i.exclusive());
  }

  public static Item warning(Item i) {
    return new Item(i.id(), i.title(), i.description(), i.section(), i.check(), i.workdir(),
        i.env(), i.timeout(), Severity.WARNING, i.tags(), i.needs(), i.skip(), i.parse(),
        i.expect(), i.retries(), i.retryDelay(), i.exclusive());
  }
}
