package dev.preflight.model;

/** The process exit codes of SPEC §2. Never a count. */
public enum ExitCode {
  PASSED(0),
  FAILED(1),
  INVALID(2),
  PENDING(3),
  INTERNAL(4),
  INTERRUPTED(130);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
