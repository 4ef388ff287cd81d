package dev.preflight.expect;

import java.util.List;

/**
 * The verdict of an item's conditions on its evidence.
 *
 * @param failures conditions that did not hold, each showing both sides: {@code coverage = 72.4,
 *     expected > 80}
 * @param errors conditions that could not be judged: {@code no value for 'coverage' in pytest
 *     output}
 */
public record Judgement(List<String> failures, List<String> errors) {
  public Judgement {
    failures = List.copyOf(failures);
    errors = List.copyOf(errors);
  }
}
