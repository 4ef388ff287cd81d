package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.preflight.model.Checklist;
import dev.preflight.model.ExitCode;
import dev.preflight.model.RunEnvironment;
import dev.preflight.model.RunResult;
import dev.preflight.model.Shard;
import dev.preflight.model.Verdict;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema describes the reports we really write, and rejects what we don't. */
class JsonReportSchemaTest {
  private static final String SCHEMA = "/schema/report-v1.schema.json";
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonReport report = new JsonReport();

  @Test
  void theSchemaIsAValidDraft202012Schema() throws Exception {
    // the validator bundles the meta-schemas, so this needs no network
    JsonSchema meta = FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    try (InputStream in = getClass().getResourceAsStream(SCHEMA)) {
      assertThat(meta.validate(mapper.readTree(in))).isEmpty();
    }
  }

  @Test
  void realReportsValidate() throws Exception {
    Checklist empty = new Checklist("Empty", null, null, Map.of(), List.of(), List.of());
    RunResult nothing = new RunResult(empty, Fixtures.T0, Duration.ZERO, List.of(),
        new Verdict("pass", ExitCode.PASSED, "PASSED"), RunEnvironment.unknown());
    RunResult sample = SampleRun.create();
    RunResult shard = new RunResult(sample.checklist(), sample.startedAt(), sample.duration(),
        sample.items(), sample.verdict(), sample.environment(), new Shard(2, 4));
    for (RunResult run : List.of(sample, HostileRun.create(), nothing, shard,
        NotifyItemReportsTest.run())) {
      assertThat(errors(mapper.readTree(report.render(run)))).isEmpty();
    }
  }

  @Test
  void rejectsWhatTheContractDoesNotAllow() throws Exception {
    JsonNode good = mapper.readTree(report.render(SampleRun.create()));

    ObjectNode badStatus = good.deepCopy();
    ((ObjectNode) badStatus.get("items").get(0)).put("status", "passed");
    assertThat(errors(badStatus)).anyMatch(m -> m.getInstanceLocation().toString().contains("status"));

    ObjectNode missing = good.deepCopy();
    ((ObjectNode) missing.get("items").get(0)).remove("logFile");
    assertThat(errors(missing)).anyMatch(m -> m.getMessage().contains("logFile"));

    ObjectNode extra = good.deepCopy();
    extra.put("surprise", true);
    assertThat(errors(extra)).anyMatch(m -> m.getMessage().contains("surprise"));

    ObjectNode badTime = good.deepCopy();
    badTime.put("startedAt", "27/11/2026 18:00");
    assertThat(errors(badTime)).isNotEmpty();

    ObjectNode badUntil = good.deepCopy();
    ((ObjectNode) badUntil.get("items").get(7).get("waiver")).put("until", "next week");
    assertThat(errors(badUntil)).anyMatch(m -> m.getInstanceLocation().toString()
        .contains("until"));

    ObjectNode noSignoffs = good.deepCopy();
    ((ObjectNode) noSignoffs.get("items").get(13)).remove("signoffs");
    assertThat(errors(noSignoffs)).anyMatch(m -> m.getMessage().contains("signoffs"));

    ObjectNode anonymous = good.deepCopy();
    ((ObjectNode) anonymous.get("items").get(13).get("signoffs").get(0)).put("by", "");
    assertThat(errors(anonymous)).isNotEmpty();

    ObjectNode badCommit = good.deepCopy();
    ((ObjectNode) badCommit.get("environment")).put("gitCommit", "not a commit");
    assertThat(errors(badCommit)).isNotEmpty();
  }

  private static Set<ValidationMessage> errors(JsonNode report) throws Exception {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .formatAssertionsEnabled(true).build();
    try (InputStream in = JsonReportSchemaTest.class.getResourceAsStream(SCHEMA)) {
      return FACTORY.getSchema(in, config).validate(report);
    }
  }
}
