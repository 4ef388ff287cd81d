package dev.preflight.run;

import static dev.preflight.testing.TestItems.command;
import static dev.preflight.testing.TestItems.manual;
import static dev.preflight.testing.TestItems.warning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.ExitCode;
import dev.preflight.model.Item;
import dev.preflight.model.ItemResult;
import dev.preflight.model.Status;
import dev.preflight.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatePolicyTest {
  private static ItemResult result(Item item, Status status) {
    return ItemResult.notRun(item, status, "because");
  }

  @Test
  void allPassingPasses() {
    Verdict v = GatePolicy.decide(List.of(result(command("a", ""), Status.PASS),
        result(command("b", ""), Status.SKIPPED)), false);
    assertThat(v.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(v.summary()).isEqualTo("PASSED");
    assertThat(v.word()).isEqualTo("pass");
  }

  @Test
  void blockingFailureFailsAndCountsEveryKind() {
    Verdict v = GatePolicy.decide(List.of(
        result(command("a", ""), Status.FAIL),
        result(command("b", ""), Status.ERROR),
        result(command("c", ""), Status.BLOCKED),
        result(command("d", ""), Status.BLOCKED),
        result(manual("m"), Status.PENDING)), false);
    assertThat(v.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(v.summary())
        .isEqualTo("FAILED — 1 blocking item failed, 1 errored, 2 blocked, 1 pending");
  }

  @Test
  void onlyPendingSignOffsGiveExitThree() {
    Verdict v = GatePolicy.decide(List.of(result(command("a", ""), Status.PASS),
        result(manual("m"), Status.PENDING), result(manual("n"), Status.PENDING)), false);
    assertThat(v.exitCode()).isEqualTo(ExitCode.PENDING);
    assertThat(v.exitCode().code()).isEqualTo(3);
    assertThat(v.summary()).isEqualTo("PENDING — 2 sign-offs outstanding");
  }

  @Test
  void warningsNeverBlockButAreCounted() {
    Verdict v = GatePolicy.decide(List.of(result(warning(command("a", "")), Status.FAIL),
        result(command("b", ""), Status.PASS)), false);
    assertThat(v.exitCode()).isEqualTo(ExitCode.PASSED);
    assertThat(v.summary()).isEqualTo("PASSED; 1 warning");
  }

  @Test
  void waivedDoesNotBlock() {
    Verdict v = GatePolicy.decide(List.of(result(command("a", ""), Status.WAIVED)), false);
    assertThat(v.exitCode()).isEqualTo(ExitCode.PASSED);
  }

  @Test
  void interruptionWinsOverEverything() {
    Verdict v = GatePolicy.decide(List.of(result(command("a", ""), Status.FAIL),
        ItemResult.notRun(command("b", ""), Status.ERROR, Scheduler.INTERRUPTED)), true);
    assertThat(v.exitCode().code()).isEqualTo(130);
    assertThat(v.summary()).isEqualTo("INTERRUPTED — 1 item did not finish");
  }
}
