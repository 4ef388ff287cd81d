package dev.preflight.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A probe's settings as the checklist gave them, already type-checked by the loader: each value
 * is a {@code String}, {@code Long}, {@code Boolean}, {@code Duration}, {@code List<String>} or
 * {@code Map<String, String>}. Strings still hold {@code {{ env.NAME }}}, which is filled in from
 * the run's environment when the probe runs.
 */
public record Settings(Map<String, Object> values) {
  public Settings {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public String text(String key, String fallback) {
    return values.get(key) instanceof String s ? s : fallback;
  }

  public long number(String key, long fallback) {
    return values.get(key) instanceof Long n ? n : fallback;
  }

  public boolean flag(String key, boolean fallback) {
    return values.get(key) instanceof Boolean b ? b : fallback;
  }

  public Duration duration(String key, Duration fallback) {
    return values.get(key) instanceof Duration d ? d : fallback;
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    return values.get(key) instanceof List<?> l ? (List<String>) l : List.of();
  }

  @SuppressWarnings("unchecked")
  public Map<String, String> map(String key) {
    return values.get(key) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
  }

  /** The same settings with every string, list entry and map value passed through {@code f}. */
  public Settings mapStrings(java.util.function.UnaryOperator<String> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof String s) {
        out.put(k, f.apply(s));
      } else if (v instanceof List<?> l) {
        out.put(k, l.stream().map(x -> f.apply((String) x)).toList());
      } else if (v instanceof Map<?, ?> m) {
        Map<String, String> mapped = new LinkedHashMap<>();
        m.forEach((mk, mv) -> mapped.put((String) mk, f.apply((String) mv)));
        out.put(k, mapped);
      } else {
        out.put(k, v);
      }
    });
    return new Settings(out);
  }
}
