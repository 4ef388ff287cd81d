package dev.preflight.run;

import dev.preflight.expect.Evidence;
import dev.preflight.expect.Expectations;
import dev.preflight.expect.Judgement;
import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.EnvTemplate;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Output;
import dev.preflight.model.Settings;
import dev.preflight.model.Status;
import dev.preflight.probe.Observation;
import dev.preflight.probe.Probe;
import dev.preflight.probe.ProbeContext;
import dev.preflight.probe.Probes;
import dev.preflight.probe.Redact;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one attempt of a probe item: fills {@code {{ env.NAME }}} in from the item's environment,
 * lets the probe look, and judges what it saw. An unreachable target fails the item whatever its
 * conditions say; otherwise the conditions hold and so does each of the probe's own rules that
 * no condition overrides. Reasons and the summary have secrets and URL passwords masked.
 */
final class ProbeRunner {
  private final Map<String, String> baseEnvironment;
  private final List<String> declaredSecrets;
  private final Clock clock;

  ProbeRunner(Map<String, String> baseEnvironment, List<String> declaredSecrets, Clock clock) {
    this.baseEnvironment = baseEnvironment;
    this.declaredSecrets = declaredSecrets;
    this.clock = clock;
  }

  ItemResult attempt(Item item, Instant startedAt, int attempt) throws InterruptedException {
    Check.Probe check = (Check.Probe) item.check();
    Probe probe = Probes.byName(check.probe()).orElseThrow();
    Map<String, String> env = new HashMap<>(baseEnvironment);
    env.putAll(item.env());
    SecretMasker secrets = SecretMasker.from(env, declaredSecrets);
    long t0 = System.nanoTime();
    Set<String> unset = new LinkedHashSet<>();
    Settings settings = check.settings().mapStrings(text -> {
      EnvTemplate.names(text).stream().filter(name -> !env.containsKey(name))
          .forEach(unset::add);
      return EnvTemplate.expand(text, env);
    });
    if (!unset.isEmpty()) {
      return result(item, Status.ERROR, startedAt, attempt, Duration.ZERO, Map.of(),
          List.of("environment variable " + unset.iterator().next() + " is not set ("
              + probe.name() + ": uses it)"), List.of(), secrets);
    }
    Observation seen = probe.observe(settings,
        new ProbeContext(item.workdir(), env, item.timeout(), clock));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (seen.unreachable() != null) {
      return result(item, Status.FAIL, startedAt, attempt, took, Map.of(),
          List.of(seen.unreachable()), seen.summary(), secrets);
    }
    List<String> errors = new ArrayList<>();
    List<Condition> judged = new ArrayList<>();
    for (Condition c : item.expect()) {
      boolean numeric = !c.operator().isText();
      if (numeric && !c.subject().equals(Condition.DURATION)
          && !seen.metrics().containsKey(c.subject())) {
        errors.add("no value for '" + c.subject() + "': "
            + seen.missing().getOrDefault(c.subject(), "the " + probe.name()
                + " probe did not measure it"));
      } else if (!numeric && !seen.texts().containsKey(c.subject())) {
        errors.add("no text for '" + c.subject() + "': "
            + seen.missing().getOrDefault(c.subject(), "the probe did not see any"));
      } else {
        judged.add(c);
      }
    }
    Judgement j = Expectations.judge(judged, new Evidence(0, "", "", took, seen.metrics(),
        probe.name(), Set.of(0), seen.texts()));
    errors.addAll(j.errors());
    Set<String> named = item.expect().stream().map(Condition::subject)
        .collect(Collectors.toSet());
    List<String> failures = new ArrayList<>();
    for (Observation.Implied rule : seen.implied()) {
      if (rule.failure() != null && rule.unlessNamed().stream().noneMatch(named::contains)) {
        failures.add(rule.failure());
      }
    }
    failures.addAll(j.failures());
    Status status = !errors.isEmpty() ? Status.ERROR
        : !failures.isEmpty() ? Status.FAIL : Status.PASS;
    failures.addAll(errors);
    return result(item, status, startedAt, attempt, took, seen.metrics(), failures,
        seen.summary(), secrets);
  }

  private static ItemResult result(Item item, Status status, Instant startedAt, int attempts,
      Duration took, Map<String, Double> metrics, List<String> reasons, List<String> summary,
      SecretMasker secrets) {
    List<String> masked = reasons.stream().map(r -> secrets.mask(Redact.url(r))).toList();
    String said = secrets.mask(Redact.url(String.join("\n", summary)));
    Output stdout = said.isEmpty() ? Output.EMPTY
        : new Output(said + "\n", said.getBytes(StandardCharsets.UTF_8).length + 1);
    return new ItemResult(item, status, startedAt, took, null, attempts, metrics, masked, stdout,
        Output.EMPTY, null);
  }
}
