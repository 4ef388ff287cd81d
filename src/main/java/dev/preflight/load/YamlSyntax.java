package dev.preflight.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a YAML parser failure into one diagnostic at the place the parser gave up. */
final class YamlSyntax {
  private YamlSyntax() {}

  static void report(Exception e, Problems problems) {
    MarkedYAMLException marked = find(e);
    if (marked != null) {
      org.yaml.snakeyaml.error.Mark m =
          marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      Mark at = m == null ? Mark.NONE : new Mark(m.getLine() + 1, m.getColumn() + 1);
      String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
      if (problem != null && problem.contains("(TAB)")) {
        problems.add(at, "", "invalid YAML: a tab character in the indentation",
            "indent with spaces, not tabs");
        return;
      }
      problems.add(at, "", "invalid YAML: " + oneLine(problem), hintFor(problem));
      return;
    }
    Mark at = Mark.NONE;
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation l = j.getLocation();
      at = new Mark(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    problems.add(at, "", "invalid YAML: " + oneLine(String.valueOf(message)), null);
  }

  private static MarkedYAMLException find(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String oneLine(String s) {
    String line = s.strip().lines().findFirst().orElse("").replaceAll("\\.$", "");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String hintFor(String problem) {
    if (problem == null) {
      return null;
    }
    if (problem.contains("mapping values are not allowed")) {
      return "quote a value that contains ': '";
    }
    if (problem.contains("could not find expected ':'")) {
      return "a key is missing its ':' or a quote is not closed";
    }
    if (problem.contains("expected <block end>")) {
      return "check the indentation of this line and the one before";
    }
    if (problem.contains("end of stream") || problem.contains("<stream end>")) {
      return "a quote or bracket is not closed";
    }
    return null;
  }
}
