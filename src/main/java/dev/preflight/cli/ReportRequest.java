package dev.preflight.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --report FORMAT=PATH}.
 *
 * @param path a file path, or {@code -} for standard output
 */
record ReportRequest(String format, String path) {

  boolean toStdout() {
    return path.equals("-");
  }

  static final class Converter implements ITypeConverter<ReportRequest> {
    @Override
    public ReportRequest convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new TypeConversionException(
            "'" + value + "' is not FORMAT=PATH; write e.g. --report json=preflight.json");
      }
      return new ReportRequest(value.substring(0, eq), value.substring(eq + 1));
    }
  }
}
