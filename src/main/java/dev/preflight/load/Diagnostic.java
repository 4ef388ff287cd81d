package dev.preflight.load;

/**
 * One problem in a checklist, located precisely.
 *
 * @param file as the user named it
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param yamlPath e.g. {@code sections[0].items[2].timeout}, empty for the whole file
 * @param hint the fix, or null
 */
public record Diagnostic(
    String file, int line, int column, String yamlPath, String message, String hint) {

  /** {@code file:line:column: path: message (hint)} on one line. */
  public String render() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!yamlPath.isEmpty()) {
      sb.append(yamlPath).append(": ");
    }
    sb.append(message);
    if (hint != null) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }
}
