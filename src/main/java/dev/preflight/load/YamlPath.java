package dev.preflight.load;

/** Builds the YAML paths diagnostics show: {@code sections[0].items[2].timeout}. */
final class YamlPath {
  private YamlPath() {}

  static String key(String parent, String key) {
    String k = plain(key)
        ? key
        : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    return parent.isEmpty() || k.startsWith("[") ? parent + k : parent + "." + k;
  }

  /** {@code [A-Za-z0-9_-]+}, without a regex: every key of a big checklist passes here. */
  private static boolean plain(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
