package dev.preflight.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
  private static List<String> conditions(String title, String text) {
    return Thresholds.find(title, text).stream().map(Thresholds.Threshold::condition).toList();
  }

  @Test
  void chineseAndEnglishAsTeamsWriteThem() {
    assertThat(conditions("覆盖率确认", "核心模块覆盖率 >80%")).containsExactly("coverage > 80");
    assertThat(conditions("测试覆盖率门禁", "核心模块>80%")).containsExactly("coverage > 80");
    assertThat(conditions("Coverage", "coverage >= 85.5%")).containsExactly("coverage >= 85.5");
    assertThat(conditions("Unit tests", "coverage over 80%")).containsExactly("coverage > 80");
    assertThat(conditions("响应时间", "目标P95<500ms")).containsExactly("p95_ms < 500");
    assertThat(conditions("性能测试", "响应时间<500ms验证通过")).containsExactly("p95_ms < 500");
    assertThat(conditions("Latency", "p95 under 2s")).containsExactly("p95_ms < 2000");
    assertThat(conditions("错误率", "目标<1%")).containsExactly("error_rate < 1");
    assertThat(conditions("Errors", "error rate below 0.1%")).containsExactly("error_rate < 0.1");
    assertThat(conditions("安全扫描", "`make security-check` 无高危漏洞"))
        .containsExactly("high == 0");
    assertThat(conditions("Scan", "no high-severity vulnerabilities"))
        .containsExactly("high == 0");
  }

  @Test
  void alertRulesAndRecordedValuesAreNotRequirements() {
    assertThat(conditions("应用告警", "错误率>1%、响应时间>2秒告警")).isEmpty();
    assertThat(conditions("系统告警", "CPU>80%、内存>85%告警")).isEmpty();
    assertThat(conditions("DI设置模块", "82.4% ✅")).isEmpty();
    assertThat(conditions("系统可用性", "目标99%+")).isEmpty();
  }
}
