package dev.preflight.load;

import java.util.regex.Pattern;

/** Builds the YAML paths diagnostics show: {@code sections[0].items[2].timeout}. */
final class YamlPath {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private YamlPath() {}

  static String key(String parent, String key) {
    String k = PLAIN_KEY.matcher(key).matches()
        ? key
        : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    return parent.isEmpty() || k.startsWith("[") ? parent + k : parent + "." + k;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
