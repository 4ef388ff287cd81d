package dev.preflight.notify;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** The seam to HTTP: one POST, one answer. Tests use real local servers behind it. */
public interface Http {

  /** What the server said: the status and the body as text. */
  record Answer(int status, String body) {}

  Answer post(URI url, String contentType, String body, Duration timeout)
      throws IOException, InterruptedException;
}
