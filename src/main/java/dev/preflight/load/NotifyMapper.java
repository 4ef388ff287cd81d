package dev.preflight.load;

import dev.preflight.model.Check;
import dev.preflight.model.EnvTemplate;
import dev.preflight.model.Notification;
import dev.preflight.model.NotifyTarget;
import dev.preflight.notify.Addresses;
import dev.preflight.notify.NotifyFormats;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads notification targets (SPEC §11): the top-level {@code notify:} list and the
 * {@code notify:} item kind. What can be checked before the run is checked here: keys, the
 * format, the shape of URLs and addresses (with every {@code {{ env.NAME }}} standing in for a
 * value), and that each reference is well formed. What the environment fills in is checked
 * when the notification is sent.
 */
final class NotifyMapper {
  static final List<String> ENTRY_KEYS = List.of("when", "webhook", "email");
  static final List<String> ITEM_KEYS = List.of("webhook", "email", "message");
  static final List<String> WEBHOOK_KEYS = List.of("url", "format", "secret", "timeout");
  static final List<String> EMAIL_KEYS = List.of("smtp", "from", "to", "user",
      "password", "starttls", "ca_file", "timeout");
  private static final Map<String, String> TARGET_SYNONYMS = Map.of(
      "slack", "webhook: {format: slack, url: …}",
      "dingtalk", "webhook: {format: dingtalk, url: …}",
      "teams", "webhook: {format: teams, url: …}",
      "mail", "email", "smtp", "email", "on", "when", "if", "when", "text", "message");
  /** Stands in for {@code {{ env.NAME }}} when a URL or address is checked before the run. */
  private static final String STAND_IN = "1";

  private final Context cx;

  NotifyMapper(Context cx) {
    this.cx = cx;
  }

  /** The top-level {@code notify:} list; a single map counts as a list of one. */
  List<Notification> notifications(Fields top) {
    Node n = top.node("notify");
    List<Notification> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n instanceof Node.Scalar) {
      cx.report(n, top.path("notify"), "expected a list of targets, got " + n.describe(),
          "e.g. notify: [{webhook: {url: \"{{ env.SLACK_WEBHOOK }}\", format: slack}}]");
      return out;
    }
    List<Node> entries = n instanceof Node.SeqNode seq ? seq.items() : List.of(n);
    for (int i = 0; i < entries.size(); i++) {
      String path = n instanceof Node.SeqNode ? YamlPath.index(top.path("notify"), i)
          : top.path("notify");
      if (!(entries.get(i) instanceof Node.MapNode map)) {
        cx.report(entries.get(i), path, "expected a target (webhook: or email:), got "
            + entries.get(i).describe(), null);
        continue;
      }
      Fields f = cx.fields(map, path);
      f.allowOnly(ENTRY_KEYS, TARGET_SYNONYMS, Map.of());
      Set<String> when = when(f);
      NotifyTarget target = target(f);
      if (target != null && when != null) {
        out.add(new Notification(when, target));
      }
    }
    return out;
  }

  /** The {@code notify:} item kind: a target and the message to send. */
  Check.Notify item(Fields item) {
    Node n = item.node("notify");
    if (!(n instanceof Node.MapNode map)) {
      Node at = n == null ? item.map().entry("notify").value() : n;
      cx.report(at, item.path("notify"), "expected a target and a message, got "
          + at.describe(), "e.g. notify: {webhook: {url: \"{{ env.DINGTALK_WEBHOOK }}\","
          + " format: dingtalk}, message: \"Go-live at 20:00\"}");
      return null;
    }
    Fields f = cx.fields(map, item.path("notify"));
    f.allowOnly(ITEM_KEYS, TARGET_SYNONYMS, Map.of());
    String message = f.required("message", "write the text to send");
    if (message != null) {
      references(f, "message", message);
    }
    NotifyTarget target = target(f);
    return target == null || message == null ? null : new Check.Notify(target, message);
  }

  private Set<String> when(Fields f) {
    if (f.map().entry("when") == null) {
      return Notification.DEFAULT_WHEN;
    }
    if (!f.has("when")) {
      cx.report(f.map().entry("when").value(), f.path("when"), "when is empty",
          "list verdicts, or leave when out for every verdict but pass");
      return null;
    }
    Set<String> when = new LinkedHashSet<>();
    List<Fields.Listed> words = f.scalars("when");
    for (Fields.Listed w : words) {
      if (Notification.VERDICTS.contains(w.text())) {
        when.add(w.text());
      } else {
        cx.report(w.scalar(), w.path(), "'" + w.text() + "' is not a verdict",
            Suggestions.didYouMean(w.text(), Notification.VERDICTS,
                "use " + String.join(", ", Notification.VERDICTS)));
      }
    }
    if (words.isEmpty() && f.node("when") instanceof Node.SeqNode) {
      cx.report(f.node("when"), f.path("when"), "when is empty",
          "list verdicts, or leave when out for every verdict but pass");
      return null;
    }
    return when.size() == words.size() ? when : null;
  }

  /** Exactly one of {@code webhook:} and {@code email:}. */
  private NotifyTarget target(Fields f) {
    boolean webhook = f.map().entry("webhook") != null;
    boolean email = f.map().entry("email") != null;
    if (webhook && email) {
      Node.Entry second = f.map().entry("email");
      cx.problems().add(second.keyMark(), f.path("email"), "both webhook: and email: given",
          "one target per entry; add another entry for the second");
      return null;
    }
    boolean allKnown = f.map().entries().stream()
        .allMatch(e -> ENTRY_KEYS.contains(e.key()) || ITEM_KEYS.contains(e.key()));
    if (!webhook && !email) {
      if (allKnown) {
        cx.problems().add(f.map().mark(), f.path(), "no target",
            "add webhook: {url: …, format: slack} or email: {smtp: …, from: …, to: […]}");
      }
      return null;
    }
    Node.MapNode map = f.mapAt(webhook ? "webhook" : "email");
    if (map == null) {
      if (f.node(webhook ? "webhook" : "email") == null) {
        cx.report(f.map().entry(webhook ? "webhook" : "email").value(),
            f.path(webhook ? "webhook" : "email"), "target is empty", webhook
                ? "e.g. webhook: {url: \"{{ env.SLACK_WEBHOOK }}\", format: slack}"
                : "e.g. email: {smtp: \"smtp://mail.example.com:587\", from: …, to: […]}");
      }
      return null;
    }
    Fields t = cx.fields(map, f.path(webhook ? "webhook" : "email"));
    return webhook ? webhook(t) : email(t);
  }

  private NotifyTarget webhook(Fields t) {
    t.allowOnly(WEBHOOK_KEYS, Map.of("uri", "url", "type", "format", "key", "secret",
        "sign", "secret", "signing_secret", "secret"), Map.of());
    String url = t.required("url", "the webhook's URL, e.g. url: \"{{ env.SLACK_WEBHOOK }}\"");
    if (url != null && references(t, "url", url) && !EnvTemplate.startsWithReference(url)) {
      String problem = Addresses.webhookProblem(EnvTemplate.withStandIn(url, STAND_IN).strip());
      if (problem != null) {
        cx.report(t.node("url"), t.path("url"), "url " + problem,
            "e.g. url: https://hooks.slack.com/services/… or url: \"{{ env.SLACK_WEBHOOK }}\"");
      }
    }
    String format = format(t);
    String secret = t.text("secret");
    if (secret != null) {
      references(t, "secret", secret);
      if (format != null && !format.equals("dingtalk")) {
        cx.report(t.node("secret"), t.path("secret"), "secret applies only to format: dingtalk",
            "remove it; " + format + " webhooks carry their token in the URL");
      }
    }
    Duration timeout = t.positiveDuration("timeout");
    if (url == null || format == null) {
      return null;
    }
    return new NotifyTarget.Webhook(url, format, secret, orDefault(timeout));
  }

  private String format(Fields t) {
    List<String> names = NotifyFormats.webhookNames();
    if (!t.has("format")) {
      if (t.map().entry("format") == null) {
        cx.problems().add(t.map().mark(), t.path(), "missing required key 'format'",
            "add format: one of " + String.join(", ", names));
      } else {
        cx.report(t.map().entry("format").value(), t.path("format"), "format is empty",
            "one of " + String.join(", ", names));
      }
      return null;
    }
    String value = t.text("format");
    if (value != null && value.equals("email")) {
      cx.report(t.node("format"), t.path("format"), "e-mail is not a webhook format",
          "write email: {smtp: …, from: …, to: […]} instead of webhook:");
      return null;
    }
    return value == null ? null : t.choice("format", names);
  }

  private NotifyTarget email(Fields t) {
    t.allowOnly(EMAIL_KEYS, Map.of("server", "smtp", "host", "smtp", "url", "smtp",
        "sender", "from", "recipients", "to", "username", "user", "login", "user",
        "tls", "starttls", "cafile", "ca_file", "ca", "ca_file"), Map.of());
    String smtp = t.required("smtp", "e.g. smtp: \"smtp://mail.example.com:587\"");
    if (smtp != null && references(t, "smtp", smtp) && !EnvTemplate.startsWithReference(smtp)) {
      String problem = Addresses.smtpProblem(EnvTemplate.withStandIn(smtp, STAND_IN).strip());
      if (problem != null) {
        cx.report(t.node("smtp"), t.path("smtp"), "smtp " + problem,
            "e.g. smtp: \"smtp://mail.example.com:587\" or \"smtps://mail.example.com:465\"");
      }
    }
    String from = t.required("from", "e.g. from: release@example.com");
    if (from != null) {
      address(t.node("from"), t.path("from"), from);
    }
    List<String> to = new ArrayList<>();
    if (t.map().entry("to") == null) {
      cx.problems().add(t.map().mark(), t.path(), "missing required key 'to'",
          "e.g. to: [ops@example.com]");
    }
    List<Fields.Listed> toEntries = t.scalars("to");
    for (Fields.Listed entry : toEntries) {
      String text = cx.vars().expand(entry.text(), entry.scalar().mark(), entry.path(),
          cx.problems());
      if (address(entry.scalar(), entry.path(), text)) {
        to.add(text);
      }
    }
    if (t.map().entry("to") != null && toEntries.isEmpty()
        && !(t.node("to") instanceof Node.MapNode)) {
      cx.report(t.map().entry("to").value(), t.path("to"), "to is empty",
          "e.g. to: [ops@example.com]");
    }
    String user = t.text("user");
    String password = t.text("password");
    if (user != null && password == null) {
      cx.report(t.node("user"), t.path("user"), "user: needs password: too",
          "e.g. password: \"{{ env.SMTP_PASSWORD }}\"");
    } else if (password != null && user == null) {
      cx.report(t.node("password"), t.path("password"), "password: needs user: too",
          "e.g. user: \"{{ env.SMTP_USER }}\"");
    }
    for (String key : List.of("user", "password")) {
      if (t.text(key) != null) {
        references(t, key, t.text(key));
      }
    }
    Boolean starttls = t.bool("starttls");
    if (starttls != null && smtp != null && smtp.strip().toLowerCase(java.util.Locale.ROOT)
        .startsWith("smtps:")) {
      cx.report(t.node("starttls"), t.path("starttls"), "starttls applies to smtp://, and "
          + "smtps:// is TLS from the start", "remove starttls:, or use smtp://HOST:587");
    }
    Path caFile = caFile(t);
    Duration timeout = t.positiveDuration("timeout");
    if (smtp == null || from == null || to.size() != toEntries.size() || to.isEmpty()) {
      return null;
    }
    return new NotifyTarget.Email(smtp, from, to, user, password, starttls, caFile,
        orDefault(timeout));
  }

  private Path caFile(Fields t) {
    String text = t.text("ca_file");
    if (text == null) {
      return null;
    }
    try {
      Path path = cx.baseDir().resolve(text).normalize();
      if (!Files.isRegularFile(path)) {
        cx.report(t.node("ca_file"), t.path("ca_file"), "no such file: " + text,
            "a PEM file of CA certificates, relative to the checklist");
        return null;
      }
      return path;
    } catch (InvalidPathException e) {
      cx.report(t.node("ca_file"), t.path("ca_file"), "not a valid path: " + e.getReason(),
          null);
      return null;
    }
  }

  /** An e-mail address, or several in one string; true when it reads as one (or is a reference). */
  private boolean address(Node at, String path, String text) {
    if (!references(at, path, text) || EnvTemplate.startsWithReference(text)) {
      return true;
    }
    for (String part : EnvTemplate.withStandIn(text, STAND_IN).split(",")) {
      if (!Addresses.validMail(part)) {
        cx.report(at, path, "'" + part.strip() + "' is not an e-mail address",
            "e.g. ops@example.com or \"Release bot <release@example.com>\"");
        return false;
      }
    }
    return true;
  }

  private boolean references(Fields f, String key, String text) {
    return references(f.node(key), f.path(key), text);
  }

  /** Reports each malformed {@code {{ env.… }}}; true when there is none. */
  private boolean references(Node at, String path, String text) {
    List<String> bad = EnvTemplate.malformed(text);
    for (String b : bad) {
      cx.report(at, path, "'" + b + "' is not a reference to an environment variable",
          "write {{ env.NAME }}, NAME made of letters, digits and _");
    }
    return bad.isEmpty();
  }

  private static Duration orDefault(Duration timeout) {
    return timeout == null ? NotifyTarget.DEFAULT_TIMEOUT : timeout;
  }
}
