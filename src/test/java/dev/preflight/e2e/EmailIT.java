package dev.preflight.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.preflight.testing.Preflight;
import dev.preflight.testing.Preflight.Outcome;
import dev.preflight.testing.SmtpSink;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail from the packaged jar to a real SMTP server on loopback (aiosmtpd): STARTTLS with a
 * login, SMTPS, and the failures a mail setup really has, each mail checked for both parts.
 */
class EmailIT {
  private static final String TOKEN = "ghp_mailTokenValue1234";
  private static final String PASSWORD = "smtp-pass-9f8e7d";

  @TempDir static Path certs;
  private static Path[] tls;

  @TempDir Path dir;

  @BeforeAll
  static void certificate() throws Exception {
    assumeTrue(SmtpSink.available(), "Debian's python3-aiosmtpd is missing (.ci/run installs it)");
    tls = SmtpSink.certificate(certs);
  }

  @Test
  void runMailOverStarttlsWithLoginHasBothPartsAndNoSecret() throws Exception {
    try (SmtpSink sink = SmtpSink.start(dir, "starttls", tls, new String[] {"release", PASSWORD})) {
      checklist("""
          notify:
            - email:
                smtp: "smtp://127.0.0.1:%d"
                from: "Release bot <release@example.com>"
                to: ["{{ env.OPS_MAIL }}"]
                user: release
                password: "{{ env.SMTP_PASSWORD }}"
                ca_file: %s
          """.formatted(sink.port(), tls[0]), """
                - id: tests
                  title: 最终测试运行 · Final test run
                  run: echo "using $GITHUB_TOKEN and $SMTP_PASSWORD" >&2; exit 1
          """);
      Outcome o = Preflight.run(dir, Map.of("OPS_MAIL", "ops@example.com, dev@example.com",
          "SMTP_PASSWORD", PASSWORD, "GITHUB_TOKEN", TOKEN, "NO_COLOR", "1",
          "CI_JOB_URL", "https://gitlab.example.com/acme/api/-/jobs/77"), "run");

      assertThat(o.exitCode()).as(o.stderr()).isEqualTo(1);
      assertThat(o.stdout()).contains("notify: sent to email ops@example.com, dev@example.com via"
          + " 127.0.0.1 (250 2.0.0 Ok: queued as test-0)");
      List<SmtpSink.Received> mails = sink.messages();
      assertThat(mails).hasSize(1);
      assertThat(mails.get(0).envelope()).contains("from release@example.com\n")
          .contains("to ops@example.com,dev@example.com\n").contains("tls True\n")
          .contains("auth True\n");
      MimeMessage mail = mails.get(0).message();
      assertThat(mail.getSubject())
          .isEqualTo("❌ FAILED — 1 blocking item failed · 上线清单 · Release");
      assertThat(mail.getFrom()[0].toString()).isEqualTo("Release bot <release@example.com>");
      String[] parts = parts(mail);
      assertThat(parts[0]).contains("❌ 最终测试运行 · Final test run — fail")
          .contains("    | using *** and ***")
          .contains("Report: https://gitlab.example.com/acme/api/-/jobs/77");
      assertThat(parts[1]).contains("<h1 style=\"font-size:20px;margin:4px 0 12px\">上线清单 · "
          + "Release</h1>").contains("using *** and ***")
          .contains("<a href=\"https://gitlab.example.com/acme/api/-/jobs/77\">");
      String raw = Files.readString(dir.resolve("mail-starttls/0.eml"), StandardCharsets.UTF_8);
      for (String text : List.of(raw, parts[0], parts[1], o.stdout(), o.stderr())) {
        assertThat(text).doesNotContain(TOKEN).doesNotContain(PASSWORD);
      }
    }
  }

  @Test
  void notifyItemOverSmtpsAnnouncesAndPasses() throws Exception {
    try (SmtpSink sink = SmtpSink.start(dir, "smtps", tls, null)) {
      checklist("", """
                - id: announce
                  title: 团队通知 · Go-live time announced
                  notify:
                    email: {smtp: "smtps://127.0.0.1:%d", from: release@example.com, to: [team@example.com], ca_file: %s}
                    message: |
                      上线时间 · Go-live: {{ env.GOLIVE_TIME }}

                      Window: 30 minutes.
          """.formatted(sink.port(), tls[0]));
      Outcome o = Preflight.run(dir, Map.of("GOLIVE_TIME", "2026-11-28 20:00 CST", "NO_COLOR",
          "1"), "run", "--report", "json=report.json");
      assertThat(o.exitCode()).as(o.stdout()).isZero();
      MimeMessage mail = sink.messages().get(0).message();
      assertThat(mail.getSubject()).isEqualTo("团队通知 · Go-live time announced");
      String[] parts = parts(mail);
      assertThat(parts[0]).startsWith("上线时间 · Go-live: 2026-11-28 20:00 CST\n\nWindow: 30");
      assertThat(parts[1]).contains("<p>上线时间 · Go-live: 2026-11-28 20:00 CST</p>");
      JsonNode item = new ObjectMapper().readTree(dir.resolve("report.json").toFile())
          .get("items").get(0);
      assertThat(item.get("status").asText()).isEqualTo("pass");
      assertThat(item.at("/notify/target").asText())
          .isEqualTo("email team@example.com via 127.0.0.1");
      assertThat(item.at("/notify/answer").asText()).startsWith("250 2.0.0 Ok");
    }
  }

  @Test
  void refusalsAreFinalAndNamedInOneLine() throws Exception {
    try (SmtpSink login = SmtpSink.start(dir, "starttls", tls, new String[] {"release", PASSWORD});
        SmtpSink plain = SmtpSink.start(dir, "plain", null, null)) {
      checklist("", """
                - id: wrong-password
                  title: Wrong password
                  notify:
                    email: {smtp: "smtp://127.0.0.1:%d", from: a@example.com, to: [b@example.com], user: release, password: wrong, ca_file: %s}
                    message: hello
                - id: no-tls
                  title: Server without STARTTLS
                  notify:
                    email: {smtp: "smtp://127.0.0.1:%d", from: a@example.com, to: [b@example.com], starttls: true}
                    message: hello
                - id: untrusted
                  title: Certificate not trusted
                  notify:
                    email: {smtp: "smtp://127.0.0.1:%d", from: a@example.com, to: [b@example.com], user: release, password: "{{ env.SMTP_PASSWORD }}"}
                    message: hello
                - id: relay
                  title: Plain local relay
                  notify:
                    email: {smtp: "smtp://127.0.0.1:%d", from: a@example.com, to: [b@example.com]}
                    message: hello
          """.formatted(login.port(), tls[0], plain.port(), login.port(), plain.port()));
      Outcome o = Preflight.run(dir, Map.of("NO_COLOR", "1", "SMTP_PASSWORD", PASSWORD),
          "run", "--report", "json=report.json");
      assertThat(o.exitCode()).isEqualTo(1);
      JsonNode items = new ObjectMapper().readTree(dir.resolve("report.json").toFile())
          .get("items");
      assertThat(items.get(0).get("status").asText()).isEqualTo("fail");
      assertThat(items.get(0).at("/reasons/0").asText())
          .startsWith("email b@example.com via 127.0.0.1: login refused: 535");
      assertThat(items.get(0).get("attempts").asInt()).isEqualTo(1);
      assertThat(items.get(1).at("/reasons/0").asText()).contains("STARTTLS is required");
      assertThat(items.get(1).get("attempts").asInt()).isEqualTo(1);
      assertThat(items.get(2).get("status").asText()).isEqualTo("fail");
      assertThat(items.get(2).at("/reasons/0").asText()).containsIgnoringCase("certif");
      assertThat(items.get(2).get("attempts").asInt()).isEqualTo(1);
      assertThat(items.get(3).get("status").asText()).isEqualTo("pass");
      assertThat(plain.messages()).hasSize(1);
      assertThat(login.messages()).isEmpty();
      assertThat(o.stdout() + o.stderr()).doesNotContain(PASSWORD);
    }
  }

  private void checklist(String notify, String items) throws Exception {
    Files.writeString(dir.resolve("preflight.yaml"), "version: 1\nname: 上线清单 · Release\n"
        + notify + "sections:\n  - id: release\n    title: Release\n    items:\n" + items,
        StandardCharsets.UTF_8);
  }

  /** The text/plain and text/html parts of a multipart/alternative mail, in that order. */
  private static String[] parts(MimeMessage mail) throws Exception {
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    Multipart multipart = (Multipart) mail.getContent();
    assertThat(multipart.getCount()).isEqualTo(2);
    BodyPart text = multipart.getBodyPart(0);
    BodyPart html = multipart.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(html.getContentType()).startsWith("text/html; charset=UTF-8");
    return new String[] {((String) text.getContent()).replace("\r\n", "\n"),
        ((String) html.getContent()).replace("\r\n", "\n")};
  }
}
