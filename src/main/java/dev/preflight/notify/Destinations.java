package dev.preflight.notify;

import dev.preflight.model.EnvTemplate;
import dev.preflight.model.NotifyTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a target as written into one to send to, from the run's environment. A target whose
 * address names an environment variable that is unset (or empty) is not configured: nothing is
 * sent and the caller says which variables to set. An unset variable in {@code secret},
 * {@code user} or {@code password} leaves that key out, so one checklist serves robots with and
 * without signing; the platform's refusal, if it wanted one, is reported as its answer.
 */
public final class Destinations {
  private Destinations() {}

  /** What became of a target in this environment. */
  public sealed interface Resolution {}

  public record Ready(Destination destination) implements Resolution {}

  /** @param variables the unset variables, in the order the target names them */
  public record NotConfigured(String format, Set<String> variables) implements Resolution {
    /** {@code DINGTALK_WEBHOOK is not set}. */
    public String reason() {
      return String.join(", ", variables) + (variables.size() == 1 ? " is" : " are") + " not set";
    }
  }

  /** The values did not make a usable address, e.g. a variable holding something else. */
  public record Invalid(String format, String reason) implements Resolution {}

  public static Resolution resolve(NotifyTarget target, Map<String, String> env) {
    Set<String> missing = new LinkedHashSet<>();
    for (String address : addresses(target)) {
      missing.addAll(EnvTemplate.unset(address, env));
    }
    if (!missing.isEmpty()) {
      return new NotConfigured(target.format(), missing);
    }
    return target instanceof NotifyTarget.Webhook w ? webhook(w, env)
        : mail((NotifyTarget.Email) target, env);
  }

  private static List<String> addresses(NotifyTarget target) {
    if (target instanceof NotifyTarget.Webhook w) {
      return List.of(w.url());
    }
    NotifyTarget.Email e = (NotifyTarget.Email) target;
    List<String> fields = new ArrayList<>(List.of(e.smtp(), e.from()));
    fields.addAll(e.to());
    return fields;
  }

  private static Resolution webhook(NotifyTarget.Webhook w, Map<String, String> env) {
    String url = EnvTemplate.expand(w.url(), env).strip();
    String problem = Addresses.webhookProblem(url);
    if (problem != null) {
      // the value may be a token: say what is wrong with it, never what it is
      return new Invalid(w.format(), "webhook url" + from(w.url()) + " " + problem);
    }
    return new Ready(new Destination.Webhook(URI.create(url), w.format(),
        optional(w.secret(), env)));
  }

  private static Resolution mail(NotifyTarget.Email e, Map<String, String> env) {
    String smtp = EnvTemplate.expand(e.smtp(), env).strip();
    String problem = Addresses.smtpProblem(smtp);
    if (problem != null) {
      return new Invalid("email", "smtp" + from(e.smtp()) + " " + problem);
    }
    URI uri = URI.create(smtp);
    List<String> to = new ArrayList<>();
    for (String entry : e.to()) {
      for (String address : EnvTemplate.expand(entry, env).split(",")) {
        if (!address.isBlank()) {
          to.add(address.strip());
        }
      }
    }
    String from = EnvTemplate.expand(e.from(), env).strip();
    for (String address : concat(from, to)) {
      if (!Addresses.validMail(address)) {
        return new Invalid("email", "'" + address + "' is not an e-mail address");
      }
    }
    boolean ssl = uri.getScheme().equalsIgnoreCase("smtps");
    int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 465 : 25;
    String user = optional(e.user(), env);
    return new Ready(new Destination.Mail(uri.getHost(), port, ssl, e.starttls(), from, to,
        user, user == null ? null : optional(e.password(), env), e.caFile()));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  /** " (from SLACK_WEBHOOK)" when the value came from the environment. */
  private static String from(String template) {
    Set<String> names = EnvTemplate.names(template);
    return names.isEmpty() ? "" : " (from " + String.join(", ", names) + ")";
  }

  private static String optional(String template, Map<String, String> env) {
    if (template == null) {
      return null;
    }
    String value = EnvTemplate.expand(template, env);
    return value.isEmpty() ? null : value;
  }
}
