package dev.preflight.report;

import dev.preflight.model.Check;
import dev.preflight.model.Condition;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Operator;
import dev.preflight.model.Output;
import dev.preflight.model.ParseSpec;
import dev.preflight.model.Severity;
import dev.preflight.model.Signoff;
import dev.preflight.model.Status;
import dev.preflight.model.Value;
import dev.preflight.model.Waiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for model records, so report tests state only what they are about. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-27T18:00:00Z");

  private Fixtures() {}

  static ItemSpec item(String id, String title) {
    return new ItemSpec(id, title);
  }

  static ResultSpec result(Item item, Status status) {
    return new ResultSpec(item, status);
  }

  static final class ItemSpec {
    private final String id;
    private final String title;
    private List<String> section = List.of();
    private Check check = new Check.Script("true", Check.Shell.SH);
    private Severity severity = Severity.BLOCKER;
    private String skip;
    private final List<Condition> expect = new ArrayList<>();

    private ItemSpec(String id, String title) {
      this.id = id;
      this.title = title;
    }

    ItemSpec in(String... sectionIds) {
      section = List.of(sectionIds);
      return this;
    }

    ItemSpec run(String script) {
      check = new Check.Script(script, Check.Shell.SH);
      return this;
    }

    ItemSpec manual(String instructions) {
      check = new Check.Manual(instructions);
      return this;
    }

    ItemSpec warning() {
      severity = Severity.WARNING;
      return this;
    }

    ItemSpec skip(String reason) {
      skip = reason;
      return this;
    }

    ItemSpec expect(String subject, Operator op, double value) {
      String text = subject + " " + op.symbol() + " " + MetricValue.format(value);
      expect.add(new Condition(subject, op, new Value.Number(value, false), text));
      return this;
    }

    Item build() {
      return new Item(id, title, null, section, check, Path.of("/work"), Map.of(),
          Duration.ofMinutes(10), severity, Set.of(), List.of(), skip,
          expect.isEmpty() ? null : ParseSpec.of("pytest"), expect, 0, Duration.ZERO, false);
    }
  }

  static final class ResultSpec {
    private final Item item;
    private final Status status;
    private Instant startedAt;
    private Duration duration = Duration.ZERO;
    private Integer exitCode;
    private int attempts;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final List<String> reasons = new ArrayList<>();
    private Output stdout = Output.EMPTY;
    private Output stderr = Output.EMPTY;
    private final List<Signoff> signoffs = new ArrayList<>();
    private Waiver waiver;

    private ResultSpec(Item item, Status status) {
      this.item = item;
      this.status = status;
    }

    /** Started {@code offsetMs} after {@link #T0} and ran for {@code ms}. */
    ResultSpec ran(long offsetMs, long ms, Integer exit) {
      startedAt = T0.plusMillis(offsetMs);
      duration = Duration.ofMillis(ms);
      exitCode = exit;
      attempts = Math.max(attempts, 1);
      return this;
    }

    ResultSpec attempts(int n) {
      attempts = n;
      return this;
    }

    ResultSpec metric(String name, double value) {
      metrics.put(name, value);
      return this;
    }

    ResultSpec reason(String reason) {
      reasons.add(reason);
      return this;
    }

    ResultSpec stdout(String text) {
      stdout = new Output(text, text.length());
      return this;
    }

    ResultSpec stderr(String text) {
      stderr = new Output(text, text.length());
      return this;
    }

    /** Signed {@code offsetMinutes} after {@link #T0}. */
    ResultSpec signoff(String by, long offsetMinutes, String note, String evidence,
        Instant expiresAt) {
      signoffs.add(new Signoff(by, T0.plusSeconds(offsetMinutes * 60), note, "9e6516c",
          evidence, expiresAt));
      return this;
    }

    ResultSpec waiver(String by, String reason, String until) {
      Instant ends = until.length() == 10
          ? java.time.LocalDate.parse(until).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
              .toInstant()
          : Instant.parse(until);
      waiver = new Waiver(by, T0.minusSeconds(86_400), reason, until, ends);
      return this;
    }

    ItemResult build() {
      return new ItemResult(item, status, startedAt, duration, exitCode, attempts, metrics,
          reasons, stdout, stderr, null, null, signoffs, waiver);
    }
  }
}
