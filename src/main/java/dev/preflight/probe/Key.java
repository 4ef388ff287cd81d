package dev.preflight.probe;

/**
 * One setting a probe takes.
 *
 * @param example shown in the hint when the setting is missing or of the wrong type
 */
public record Key(String name, Type type, boolean required, String example) {

  /** The YAML shape of a setting; whole numbers are bounded by {@code min} and {@code max}. */
  public enum Type { TEXT, NUMBER, BOOLEAN, DURATION, LIST, MAP }

  public static Key text(String name, boolean required, String example) {
    return new Key(name, Type.TEXT, required, example);
  }

  public static Key of(String name, Type type, String example) {
    return new Key(name, type, false, example);
  }

  /** The range of a {@link Type#NUMBER}: ports and counts are all positive. */
  public long min() {
    return name.equals("database") ? 0 : 1;
  }

  public long max() {
    return name.equals("port") ? 65_535 : 1_000_000;
  }
}
