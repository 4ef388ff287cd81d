package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlQuotingTest {
  private static final String AWKWARD =
      "say \"hi\" \\ tab\t nl\n cr\r bell\u0007 del\u007f c1\u0085 ls\u2028 bom\ufeff: # ü 中";

  @Test
  void theLoaderReadsTheTextBackUnchanged() throws Exception {
    String yaml = "value: " + YamlQuoting.doubleQuoted(AWKWARD) + "\n";

    Map<?, ?> read = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);

    assertThat(read.get("value")).isEqualTo(AWKWARD);
  }

  @Test
  void noControlCharacterReachesTheFileRaw() {
    assertThat(YamlQuoting.doubleQuoted(AWKWARD))
        .isEqualTo("\"say \\\"hi\\\" \\\\ tab\\t nl\\n cr\\r bell\\u0007 del\\u007f c1\\u0085"
            + " ls\\u2028 bom\\ufeff: # ü 中\"");
  }
}
