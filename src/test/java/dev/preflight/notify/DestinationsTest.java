package dev.preflight.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.EnvTemplate;
import dev.preflight.model.NotifyTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Targets as written, made ready from an environment, or told why not. */
class DestinationsTest {
  private static final Duration T = NotifyTarget.DEFAULT_TIMEOUT;

  @Test
  void referencesAreReadFromTheEnvironmentAtSendTime() {
    NotifyTarget t = new NotifyTarget.Webhook("{{ env.HOOK }}", "dingtalk", "{{env.SIGN}}", T);
    var r = Destinations.resolve(t, Map.of("HOOK", "https://oapi.dingtalk.com/robot/send?a=1",
        "SIGN", "SECabc"));
    Destination.Webhook w = (Destination.Webhook) ((Destinations.Ready) r).destination();
    assertThat(w.url().toString()).isEqualTo("https://oapi.dingtalk.com/robot/send?a=1");
    assertThat(w.secret()).isEqualTo("SECabc");
    assertThat(w.shown()).isEqualTo("dingtalk oapi.dingtalk.com");
  }

  @Test
  void anUnsetAddressMeansNotConfigured() {
    NotifyTarget t = new NotifyTarget.Webhook("{{ env.HOOK }}", "slack", null, T);
    var r = Destinations.resolve(t, Map.of("HOOK", " "));
    assertThat(r).isEqualTo(new Destinations.NotConfigured("slack", java.util.Set.of("HOOK")));
    assertThat(((Destinations.NotConfigured) r).reason()).isEqualTo("HOOK is not set");
  }

  @Test
  void anUnsetSecretIsLeftOut() {
    NotifyTarget t = new NotifyTarget.Webhook("https://x.example/hook", "dingtalk",
        "{{ env.SIGN }}", T);
    var r = (Destinations.Ready) Destinations.resolve(t, Map.of());
    assertThat(((Destination.Webhook) r.destination()).secret()).isNull();
  }

  @Test
  void aValueThatIsNoURLIsInvalidWithoutBeingQuoted() {
    NotifyTarget t = new NotifyTarget.Webhook("{{ env.HOOK }}", "slack", null, T);
    var r = Destinations.resolve(t, Map.of("HOOK", "xoxb-secret-token"));
    assertThat(((Destinations.Invalid) r).reason())
        .isEqualTo("webhook url (from HOOK) must start with https:// or http://")
        .doesNotContain("xoxb");
  }

  @Test
  void mailAddressesMaySplitOnCommasAndPortsDefaultByScheme() {
    NotifyTarget t = new NotifyTarget.Email("smtps://mail.example.com", "{{ env.FROM }}",
        List.of("{{ env.TO }}", "audit@example.com"), "{{ env.USER }}", "{{ env.PASS }}", null,
        null, T);
    var r = Destinations.resolve(t, Map.of("FROM", "Bot <bot@example.com>",
        "TO", "a@example.com, b@example.com", "USER", "bot", "PASS", "pw"));
    Destination.Mail m = (Destination.Mail) ((Destinations.Ready) r).destination();
    assertThat(m.to()).containsExactly("a@example.com", "b@example.com", "audit@example.com");
    assertThat(m.port()).isEqualTo(465);
    assertThat(m.ssl()).isTrue();
    assertThat(m.requiresTls()).isTrue();
    assertThat(m.shown()).isEqualTo("email a@example.com, b@example.com, audit@example.com via"
        + " mail.example.com");
  }

  @Test
  void aLoginRequiresTlsUnlessStarttlsIsTurnedOff() {
    Destination.Mail withLogin = new Destination.Mail("h", 587, false, null, "a@b.c",
        List.of("d@e.f"), "u", "p", null);
    Destination.Mail relay = new Destination.Mail("h", 25, false, null, "a@b.c",
        List.of("d@e.f"), null, null, null);
    Destination.Mail off = new Destination.Mail("h", 25, false, false, "a@b.c",
        List.of("d@e.f"), "u", "p", null);
    assertThat(withLogin.requiresTls()).isTrue();
    assertThat(relay.requiresTls()).isFalse();
    assertThat(off.requiresTls()).isFalse();
  }

  @Test
  void templates() {
    assertThat(EnvTemplate.names("{{ env.A }}/{{env.B}} {{ env.A }}")).containsExactly("A", "B");
    assertThat(EnvTemplate.malformed("{{ env.1A }} {{ env.OK }} {{ env. }}"))
        .containsExactly("{{ env.1A }}", "{{ env. }}");
    assertThat(EnvTemplate.expandSet("at {{ env.T }} in {{ env.W }}", Map.of("T", "20:00")))
        .isEqualTo("at 20:00 in {{ env.W }}");
    assertThat(EnvTemplate.startsWithReference(" {{ env.HOOK }}/path")).isTrue();
    assertThat(EnvTemplate.startsWithReference("https://{{ env.HOST }}")).isFalse();
  }

  @Test
  void linksPreferTheExplicitReportThenTheCiRun() {
    assertThat(Links.of(Map.of("PREFLIGHT_REPORT_URL", "https://r.example/1",
        "CI_JOB_URL", "https://ci"))).isEqualTo("https://r.example/1");
    assertThat(Links.of(Map.of("GITHUB_SERVER_URL", "https://github.com/",
        "GITHUB_REPOSITORY", "acme/api", "GITHUB_RUN_ID", "7")))
        .isEqualTo("https://github.com/acme/api/actions/runs/7");
    assertThat(Links.of(Map.of("CI_PIPELINE_URL", "https://gl/p/1"))).isEqualTo("https://gl/p/1");
    assertThat(Links.of(Map.of())).isNull();
  }
}
