package dev.preflight.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the previous run's JSON report, for {@code --rerun-failed}. */
public final class LastRun {
  private LastRun() {}

  /**
   * The ids of items that did not pass (or were not judged: failed, errored, blocked, pending)
   * in the report at {@code file}.
   *
   * @throws IOException when the file is missing or is not a preflight report
   */
  public static Set<String> notPassed(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no previous run recorded at " + file);
    }
    JsonNode report;
    try {
      report = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + " is not a preflight report: " + e.getOriginalMessage());
    }
    if (report == null || !"preflight.report/v1".equals(report.path("schema").asText())) {
      throw new IOException(file + " is not a preflight report (schema preflight.report/v1)");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode item : report.path("items")) {
      Status status = Status.parse(item.path("status").asText());
      if (status != null && status.blocksGate()) {
        ids.add(item.path("id").asText());
      }
    }
    return ids;
  }

  /**
   * Milliseconds per item that ran in the report at {@code file}, for balancing shards; empty
   * when there is no readable report, so that shards fall back to counting items.
   */
  public static Map<String, Long> durations(Path file) {
    Map<String, Long> durations = new HashMap<>();
    try {
      JsonNode report = Files.isRegularFile(file) ? new ObjectMapper().readTree(file.toFile())
          : null;
      if (report == null || !"preflight.report/v1".equals(report.path("schema").asText())) {
        return durations;
      }
      for (JsonNode item : report.path("items")) {
        if (item.path("startedAt").isTextual() && item.path("durationMs").isNumber()
            && !item.path("kind").asText().equals("manual")) {
          durations.put(item.path("id").asText(), item.path("durationMs").asLong());
        }
      }
    } catch (IOException e) {
      durations.clear(); // an unreadable file balances like no file, the same on every shard
    }
    return durations;
  }
}
