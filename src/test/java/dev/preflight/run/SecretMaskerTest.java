package dev.preflight.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskerTest {
  private static final String TOKEN = "ghp_s3cr3tV4lue";

  private final SecretMasker masker = SecretMasker.from(
      Map.of("GITHUB_TOKEN", TOKEN, "DB_URL", "postgres://u:pw@h/db", "HOME", "/root",
          "API_TOKEN", "abc", "MY_PASSWD", "hunter22"),
      List.of("DB_URL"));

  @Test
  void masksDeclaredAndSecretLookingNamesButNotShortOrOrdinaryValues() {
    String text = "token=" + TOKEN + " url=postgres://u:pw@h/db home=/root short=abc pw=hunter22";
    assertThat(masker.mask(text))
        .isEqualTo("token=*** url=*** home=/root short=abc pw=***");
  }

  @Test
  void noSecretsMeansNoMasking() {
    SecretMasker none = SecretMasker.from(Map.of("HOME", "/root"), List.of());
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.mask("/root")).isEqualTo("/root");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7, 64})
  void masksSecretsSplitAcrossWritesOfAnySize(int chunk) throws Exception {
    String text = "start " + TOKEN + TOKEN + " middle hunter22\n" + TOKEN.substring(0, 6)
        + " partial stays\nend " + TOKEN;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (OutputStream out = masker.maskingStream(sink)) {
      for (int i = 0; i < bytes.length; i += chunk) {
        out.write(bytes, i, Math.min(chunk, bytes.length - i));
      }
    }
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(
        "start ****** middle ***\nghp_s3 partial stays\nend ***");
  }
}
