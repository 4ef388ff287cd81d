package dev.preflight.probe;

import dev.preflight.model.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@code redis:} connects with Jedis (AUTH with user and password when given, SELECT of the
 * database, TLS for {@code rediss://}), times a PING and reads INFO. Default port 6379, database
 * 0; the item's timeout bounds the connection and each command.
 *
 * <p>{@code redis_version} is major.minor (7.0 for 7.0.15); {@code used_memory_bytes} is INFO's
 * {@code used_memory}; {@code role} is master, slave or sentinel as the server says.
 */
final class RedisProbe implements Probe {
  private static final List<String> SCHEMES = List.of("redis", "rediss");

  @Override
  public String name() {
    return "redis";
  }

  @Override
  public List<Key> keys() {
    return ServerUrl.keys("url: \"{{ env.REDIS_URL }}\"");
  }

  @Override
  public Set<String> metricNames() {
    return Set.of("ping_ms", "redis_version", "connected_clients", "used_memory_bytes");
  }

  @Override
  public Set<String> textSubjects() {
    return Set.of("role");
  }

  @Override
  public List<Problem> check(Settings s) {
    return ServerProbes.check(s, SCHEMES, 6379, "url: redis://127.0.0.1:6379/0");
  }

  @Override
  public Observation observe(Settings s, ProbeContext cx) {
    ServerUrl server;
    int database;
    try {
      server = ServerUrl.of(s, SCHEMES, 6379);
      database = server.database() == null ? 0 : Integer.parseInt(server.database());
    } catch (ServerUrl.Invalid e) {
      return Observation.unreachable(e.getMessage());
    } catch (NumberFormatException e) {
      return Observation.unreachable("database must be a number, got '" + e.getMessage() + "'");
    }
    DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
        .user(server.user())
        .password(server.password())
        .database(database)
        .ssl(server.scheme().equals("rediss"))
        .connectionTimeoutMillis(cx.timeoutMillis())
        .socketTimeoutMillis(cx.timeoutMillis())
        .clientName("preflight")
        .build();
    try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()), config)) {
      jedis.connect();
      long t0 = System.nanoTime();
      String pong = jedis.ping();
      double pingMs = Percentiles.round((System.nanoTime() - t0) / 1e6);
      Map<String, String> info = info(jedis.info());
      Observation.Builder o = Observation.reached().metric("ping_ms", pingMs);
      String version = info.getOrDefault("redis_version", "");
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\.(\\d+)")
          .matcher(version);
      if (m.find()) {
        o.metric("redis_version", Double.parseDouble(m.group(1) + "." + m.group(2)));
      }
      number(info, "connected_clients").ifPresent(v -> o.metric("connected_clients", v));
      number(info, "used_memory").ifPresent(v -> o.metric("used_memory_bytes", v));
      o.text("role", info.getOrDefault("role", ""));
      o.rule("PONG".equals(pong), "PING answered " + pong + ", expected PONG");
      o.summary("connected to " + server.target() + "/" + database + ": Redis " + version + ", "
          + info.getOrDefault("role", "?"));
      return o.build();
    } catch (JedisException e) {
      if (e instanceof redis.clients.jedis.exceptions.JedisConnectionException) {
        return Observation.unreachable(NetworkErrors.describe(e, server.target(),
            cx.timeout()));
      }
      return Observation.unreachable(server.target() + ": " + e.getMessage());
    }
  }

  private static Map<String, String> info(String text) {
    Map<String, String> out = new HashMap<>();
    for (String line : text.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("#")) {
        out.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return out;
  }

  private static java.util.Optional<Double> number(Map<String, String> info, String key) {
    try {
      return java.util.Optional.of(Double.parseDouble(info.getOrDefault(key, "")));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
