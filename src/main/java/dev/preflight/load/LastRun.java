package dev.preflight.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
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
}
