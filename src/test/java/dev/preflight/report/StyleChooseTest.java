package dev.preflight.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.model.Status;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleChooseTest {

  @ParameterizedTest(name = "--color={0} tty={1} env=[{2}] -> colour {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          AUTO   | true  | -                        | true
          AUTO   | false | -                        | false
          ALWAYS | false | -                        | true
          NEVER  | true  | -                        | false
          AUTO   | true  | NO_COLOR=1               | false
          AUTO   | true  | NO_COLOR=                | true
          ALWAYS | true  | NO_COLOR=1               | true
          AUTO   | false | FORCE_COLOR=1            | true
          AUTO   | false | FORCE_COLOR=             | true
          AUTO   | true  | FORCE_COLOR=0            | false
          AUTO   | true  | FORCE_COLOR=false        | false
          NEVER  | true  | FORCE_COLOR=1            | false
          AUTO   | true  | NO_COLOR=1,FORCE_COLOR=1 | false
          AUTO   | true  | TERM=dumb                | false
          AUTO   | false | TERM=dumb,FORCE_COLOR=1  | true
          ALWAYS | true  | TERM=dumb                | true
          AUTO   | true  | TERM=xterm-256color      | true
          """)
  void decidesColour(ColorMode mode, boolean tty, String env, boolean colour) {
    Style style = Style.choose(mode, tty, env(env), false);
    assertThat(style).isInstanceOf(colour ? AnsiStyle.class : PlainStyle.class);
  }

  @ParameterizedTest(name = "ascii={0} env=[{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          false | -                                 | UNICODE
          true  | -                                 | ASCII
          true  | LANG=en_US.UTF-8                  | ASCII
          false | LANG=en_US.UTF-8                  | UNICODE
          false | LANG=zh_CN.utf8                   | UNICODE
          false | LANG=C                            | ASCII
          false | LANG=POSIX                        | ASCII
          false | LANG=en_US.ISO-8859-1             | ASCII
          false | LANG=C,LC_CTYPE=C.UTF-8           | UNICODE
          false | LANG=en_US.UTF-8,LC_ALL=C         | ASCII
          false | LC_ALL=,LANG=de_DE.UTF-8          | UNICODE
          false | LC_ALL=C.UTF-8,LC_CTYPE=C         | UNICODE
          """)
  void decidesGlyphs(boolean ascii, String env, Glyphs glyphs) {
    assertThat(Style.choose(ColorMode.NEVER, false, env(env), ascii).glyphs()).isEqualTo(glyphs);
  }

  @Test
  void colourAndAsciiCompose() {
    Style style = Style.choose(ColorMode.ALWAYS, false, Map.of(), true);
    assertThat(style.symbol(Status.FAIL)).isEqualTo("\u001b[31m[FAIL]\u001b[m");
  }

  @Test
  void plainStyleHasNoEscapes() {
    Style style = new PlainStyle(Glyphs.ASCII);
    for (Status s : Status.values()) {
      assertThat(style.symbol(s)).isEqualTo("[" + s.name() + "]").doesNotContain("\u001b");
    }
  }

  private static Map<String, String> env(String spec) {
    Map<String, String> env = new HashMap<>();
    if (spec != null) {
      for (String pair : spec.split(",")) {
        int eq = pair.indexOf('=');
        env.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return env;
  }
}
