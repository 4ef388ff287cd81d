package dev.preflight.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the checklist format, for {@code preflight schema} and the
 * editor header of generated checklists.
 *
 * <p>Built from the loader's own tables, so it cannot fall behind them: the keys of each level
 * come from {@link ChecklistMapper#KEYS}, {@link SectionMapper#KEYS}, {@link ItemMapper#KEYS},
 * {@link ParseMapper#KEYS}, {@link ServiceMapper#KEYS}, {@link NotifyMapper}'s, the kinds from
 * {@link Kinds#all()}, probes' settings from each probe's own keys, parsers and notification
 * formats from their registries,
 * id and name patterns from {@link Ids} and {@link EnvMapper}. A key without a description here
 * is still accepted (as anything), and {@link #undescribed()} names it, which a test turns into a
 * failure. What only the loader can check (unknown needs, cycles, unknown variables, condition
 * subjects) stays the loader's: the schema accepts every valid checklist and rejects what it can.
 */
public final class ChecklistSchema {
  public static final String ID = "urn:dev.preflight:schema:checklist-v1";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String VAR = ".*\\{\\{.*}}.*";
  private static final String DURATION =
      "^\\s*(?=\\d)(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?(\\d+(\\.\\d+)?ms)?\\s*$";
  private static final String CONDITION = "^\\s*\\S+\\s*(==|!=|<=|>=|<|>|!?contains|!?matches)"
      + "\\s*\\S.*$";

  private ChecklistSchema() {}

  /** The schema as pretty-printed JSON text. */
  public static String json() {
    return json(null);
  }

  /** The schema with a {@code $comment} naming what wrote it, e.g. {@code preflight 0.1.0}. */
  public static String json(String writtenBy) {
    ObjectNode schema = schema();
    if (writtenBy != null) {
      schema.put("$comment", writtenBy);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of our own nodes always serialises", e);
    }
  }

  /** Keys the loader accepts that this schema does not describe: must be empty. */
  public static List<String> undescribed() {
    List<String> missing = new ArrayList<>();
    missingFrom("top level", ChecklistMapper.KEYS, top(), missing);
    missingFrom("defaults", ChecklistMapper.DEFAULT_KEYS, defaults(), missing);
    missingFrom("section", SectionMapper.KEYS, section(), missing);
    missingFrom("item", ItemMapper.KEYS, item(), missing);
    missingFrom("parse", ParseMapper.KEYS, parseOptions(), missing);
    missingFrom("service", ServiceMapper.KEYS, service(), missing);
    missingFrom("notify", NotifyMapper.ENTRY_KEYS, notifyEntry(), missing);
    missingFrom("notify item", NotifyMapper.ITEM_KEYS, notifyItem(), missing);
    missingFrom("webhook", NotifyMapper.WEBHOOK_KEYS, webhook(), missing);
    missingFrom("email", NotifyMapper.EMAIL_KEYS, email(), missing);
    return missing;
  }

  private static void missingFrom(String level, List<String> keys, Map<String, ObjectNode> known,
      List<String> missing) {
    keys.stream().filter(k -> !known.containsKey(k)).forEach(k -> missing.add(level + ": " + k));
  }

  static ObjectNode schema() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "preflight checklist, version 1");
    root.put("description", "A release checklist for preflight: sections of items, each a"
        + " command, a probe or a step a person signs off. preflight validate checks what a"
        + " schema cannot: ids that needs names, cycles, variables and condition subjects.");
    object(root, ChecklistMapper.KEYS, top(), List.of("version", "name", "sections"));
    ObjectNode defs = root.putObject("$defs");
    object(defs.putObject("section"), SectionMapper.KEYS, section(), List.of("id", "title"));
    ObjectNode item = defs.putObject("item");
    object(item, ItemMapper.KEYS, item(), List.of("id", "title"));
    ArrayNode kinds = item.putArray("oneOf");
    for (String kind : Kinds.all()) {
      kinds.addObject().putArray("required").add(kind);
    }
    ObjectNode manual = item.putObject("if");
    manual.putArray("required").add("manual");
    ObjectNode then = item.putObject("then").putObject("properties");
    then.put("parse", false);
    then.put("expect", false);
    defs.set("id", F.objectNode().put("type", "string").put("pattern", "^" + Ids.ID + "$"));
    defs.set("duration", anyOf(string("e.g. 500ms, 30s, 5m, 1h30m").put("pattern", DURATION),
        string("a {{ variable }}").put("pattern", VAR)));
    defs.set("env", env());
    defs.set("text", F.objectNode().put("type", "string").put("pattern", "\\S"));
    defs.set("scalar", types("string", "number", "boolean"));
    defs.set("condition", anyOf(F.objectNode().put("type", "string").put("pattern", CONDITION),
        string("with a {{ variable }}").put("pattern", VAR)));
    return root;
  }

  private static Map<String, ObjectNode> top() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("version", F.objectNode().put("description", "Always 1.")
        .set("enum", F.arrayNode().add(1).add("1")));
    p.put("name", ref("text").put("description", "Shown at the top of every report."));
    p.put("description", ref("scalar"));
    ObjectNode defaults = F.objectNode().put("description", "Apply to every item unless it"
        + " overrides them.");
    object(defaults, ChecklistMapper.DEFAULT_KEYS, defaults(), List.of());
    p.put("defaults", defaults);
    p.put("env", ref("env").put("description", "Added to every command's environment."));
    p.put("secrets", oneOrMany(F.objectNode().put("type", "string")
        .put("pattern", "^" + EnvMapper.NAME + "$")).put("description",
        "Environment variables whose values are masked in every output."));
    ObjectNode vars = F.objectNode().put("type", "object").put("description",
        "Values for {{ name }} placeholders; --var NAME=VALUE overrides them.");
    vars.putObject("propertyNames").put("pattern", "^" + Vars.NAME + "$");
    vars.set("additionalProperties", ref("scalar"));
    p.put("vars", vars);
    ObjectNode sections = F.objectNode().put("type", "array").put("minItems", 1);
    sections.set("items", ref("section"));
    p.put("sections", sections);
    ObjectNode profiles = F.objectNode().put("type", "object").put("description",
        "Named sets of vars and env for run --profile NAME.");
    profiles.putObject("propertyNames").put("pattern", "^" + Vars.NAME + "$");
    ObjectNode profile = F.objectNode();
    Map<String, ObjectNode> profileKeys = new LinkedHashMap<>();
    profileKeys.put("vars", vars.deepCopy());
    profileKeys.put("env", ref("env"));
    profileKeys.put("env_file", envFile());
    object(profile, List.copyOf(profileKeys.keySet()), profileKeys, List.of());
    profiles.set("additionalProperties", profile);
    p.put("profiles", profiles);
    p.put("env_file", envFile());
    ObjectNode notify = F.objectNode().put("type", "array").put("description",
        "Who hears about the verdict after the run.");
    ObjectNode entry = F.objectNode();
    object(entry, NotifyMapper.ENTRY_KEYS, notifyEntry(), List.of());
    oneTarget(entry);
    notify.set("items", entry);
    p.put("notify", notify);
    ObjectNode signing = F.objectNode().put("description", "Sign-offs count only when signed"
        + " with a key listed here.");
    object(signing, List.of("allowed_signers"), Map.of("allowed_signers", ref("text")
        .put("description", "git's allowed_signers file, relative to the checklist.")),
        List.of("allowed_signers"));
    p.put("signing", signing);
    return p;
  }

  private static Map<String, ObjectNode> notifyEntry() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    ArrayNode verdicts = F.arrayNode();
    dev.preflight.model.Notification.VERDICTS.forEach(verdicts::add);
    p.put("when", oneOrMany(F.objectNode().set("enum", verdicts)).put("description",
        "Verdicts that send it; default every verdict but pass."));
    p.put("webhook", webhookObject());
    p.put("email", emailObject());
    return p;
  }

  private static Map<String, ObjectNode> notifyItem() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("webhook", webhookObject());
    p.put("email", emailObject());
    p.put("message", ref("text").put("description", "What to send; {{ env.NAME }} is read when"
        + " it is sent."));
    return p;
  }

  /** A notification goes to exactly one of webhook: and email:. */
  private static void oneTarget(ObjectNode node) {
    ArrayNode one = node.putArray("oneOf");
    one.addObject().putArray("required").add("webhook");
    one.addObject().putArray("required").add("email");
  }

  private static ObjectNode webhookObject() {
    ObjectNode n = F.objectNode();
    object(n, NotifyMapper.WEBHOOK_KEYS, webhook(), List.of("url"));
    return n;
  }

  private static Map<String, ObjectNode> webhook() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("url", ref("text"));
    ArrayNode formats = F.arrayNode();
    dev.preflight.notify.NotifyFormats.webhookNames().forEach(formats::add);
    p.put("format", F.objectNode().set("enum", formats));
    p.put("secret", ref("text").put("description", "DingTalk's signing key (加签)."));
    p.put("timeout", ref("duration"));
    return p;
  }

  private static ObjectNode emailObject() {
    ObjectNode n = F.objectNode();
    object(n, NotifyMapper.EMAIL_KEYS, email(), List.of("smtp", "from", "to"));
    return n;
  }

  private static Map<String, ObjectNode> email() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("smtp", ref("text").put("description", "smtp://host:587 or smtps://host:465"));
    p.put("from", ref("text"));
    p.put("to", oneOrMany(ref("text")));
    p.put("user", ref("text"));
    p.put("password", ref("text"));
    p.put("starttls", F.objectNode().put("type", "boolean"));
    p.put("ca_file", ref("text"));
    p.put("timeout", ref("duration"));
    return p;
  }

  private static Map<String, ObjectNode> service() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("run", ref("text").put("description", "A shell command line that keeps running."));
    ObjectNode args = F.objectNode().put("type", "array").put("minItems", 1);
    args.set("items", ref("scalar"));
    p.put("args", args);
    Map<String, ObjectNode> ready = new LinkedHashMap<>();
    ready.put("http", ref("text").put("description", "Ready when this URL answers 2xx or 3xx."));
    ready.put("tcp", ref("text").put("description", "Ready when host:port accepts."));
    ready.put("log", ref("text").put("description", "Ready when its output holds this text."));
    ObjectNode readiness = F.objectNode();
    object(readiness, ServiceMapper.READY, ready, List.of());
    p.put("ready", readiness);
    p.put("ready_timeout", ref("duration"));
    return p;
  }

  /** A probe's settings, from the keys the probe itself declares. */
  private static ObjectNode probe(dev.preflight.probe.Probe probe) {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (dev.preflight.probe.Key k : probe.keys()) {
      names.add(k.name());
      if (k.required()) {
        required.add(k.name());
      }
      ObjectNode type = switch (k.type()) {
        case TEXT -> ref("scalar");
        case NUMBER -> anyOf(F.objectNode().put("type", "integer").put("minimum", k.min())
            .put("maximum", k.max()), string("a {{ variable }}").put("pattern", VAR));
        case BOOLEAN -> F.objectNode().put("type", "boolean");
        case DURATION -> ref("duration");
        case LIST -> oneOrMany(ref("scalar"));
        case MAP -> F.objectNode().put("type", "object");
      };
      p.put(k.name(), type.put("description", "e.g. " + k.example()));
    }
    ObjectNode n = F.objectNode();
    object(n, names, p, required);
    return n;
  }

  private static ObjectNode envFile() {
    return ref("text").put("description", "A dotenv file (KEY=value lines) whose variables are"
        + " added to every command's environment; relative to the checklist. env: wins.");
  }

  private static Map<String, ObjectNode> defaults() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("workdir", ref("scalar").put("description", "Relative to the checklist file."));
    p.put("timeout", ref("duration").put("description", "Default 10m."));
    p.put("severity", severity());
    p.put("shell", F.objectNode().set("enum", F.arrayNode().add("sh").add("bash")));
    return p;
  }

  private static Map<String, ObjectNode> section() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("id", idOrNumber());
    p.put("title", ref("text"));
    p.put("description", ref("scalar"));
    ObjectNode items = F.objectNode().put("type", "array");
    items.set("items", ref("item"));
    p.put("items", items);
    ObjectNode sections = F.objectNode().put("type", "array");
    sections.set("items", ref("section"));
    p.put("sections", sections);
    p.put("tags", tags());
    p.put("severity", severity());
    p.put("needs", needs());
    p.put("include", ref("text").put("description", "Another checklist file, relative to this"
        + " one, whose sections are placed in this section."));
    return p;
  }

  private static Map<String, ObjectNode> item() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    p.put("id", idOrNumber());
    p.put("title", ref("text"));
    p.put("description", ref("scalar"));
    p.put("run", ref("text").put("description", "A shell command line."));
    ObjectNode args = F.objectNode().put("type", "array").put("minItems", 1)
        .put("description", "An argument vector, run without a shell.");
    args.set("items", ref("scalar"));
    p.put("args", args);
    p.put("manual", ref("text").put("description", "Instructions for a person, who signs the"
        + " item off."));
    p.put("workdir", ref("scalar"));
    p.put("env", ref("env"));
    p.put("timeout", ref("duration"));
    p.put("severity", severity());
    p.put("tags", tags());
    p.put("needs", needs());
    p.put("retries", F.objectNode().put("type", "integer").put("minimum", 0)
        .put("maximum", 100));
    p.put("retry_delay", ref("duration"));
    p.put("exclusive", F.objectNode().put("type", "boolean"));
    p.put("skip", anyOf(F.objectNode().put("type", "boolean"), ref("text")));
    p.put("expect", oneOrMany(ref("condition")));
    p.put("parse", parse());
    p.put("service", F.objectNode());
    ObjectNode service = p.get("service");
    object(service, ServiceMapper.KEYS, service(), List.of());
    ArrayNode command = service.putArray("oneOf");
    command.addObject().putArray("required").add("run");
    command.addObject().putArray("required").add("args");
    ObjectNode notify = F.objectNode();
    object(notify, NotifyMapper.ITEM_KEYS, notifyItem(), List.of("message"));
    oneTarget(notify);
    p.put("notify", notify);
    p.put("valid_for", ref("duration").put("description", "A sign-off counts this long."));
    p.put("signers", oneOrMany(ref("text")).put("description", "Who may sign; anyone when"
        + " absent."));
    p.put("signoffs_required", F.objectNode().put("type", "integer").put("minimum", 1)
        .put("maximum", 20)
        .put("description", "How many different people must sign; default 1."));
    p.put("release_bound", F.objectNode().put("type", "boolean").put("description",
        "A sign-off counts only for the release it was made for."));
    for (String name : dev.preflight.probe.Probes.names()) {
      p.put(name, probe(dev.preflight.probe.Probes.byName(name).orElseThrow())
          .put("description", "The built-in " + name + " probe."));
    }
    return p;
  }

  private static ObjectNode parse() {
    ArrayNode simple = F.arrayNode();
    ParseMapper.knownParsers().stream().filter(n -> !n.equals("regex") && !n.equals("json"))
        .forEach(simple::add);
    ObjectNode named = F.objectNode().put("description", "A parser that needs no settings.");
    named.set("enum", simple);
    ObjectNode full = F.objectNode();
    object(full, ParseMapper.KEYS, parseOptions(), List.of("parser"));
    ArrayNode rules = full.putArray("allOf");
    rules.add(requires("regex", "pattern"));
    rules.add(requires("json", "metrics"));
    return anyOf(named, full);
  }

  private static ObjectNode requires(String parser, String key) {
    ObjectNode rule = F.objectNode();
    rule.putObject("if").putObject("properties").putObject("parser").put("const", parser);
    rule.putObject("then").putArray("required").add(key);
    return rule;
  }

  private static Map<String, ObjectNode> parseOptions() {
    Map<String, ObjectNode> p = new LinkedHashMap<>();
    ArrayNode names = F.arrayNode();
    ParseMapper.knownParsers().forEach(names::add);
    p.put("parser", F.objectNode().set("enum", names));
    p.put("from", ref("text").put("description", "stdout, stderr, output, or a file the command"
        + " wrote (globs allowed)."));
    p.put("pattern", ref("text").put("description", "For parser regex: named groups are"
        + " metrics."));
    ObjectNode metrics = F.objectNode().put("type", "object").put("description",
        "For parser json: metric name to JSON pointer.");
    metrics.putObject("propertyNames").put("pattern", "^[a-z_][a-z0-9_]*$");
    metrics.putObject("additionalProperties").put("type", "string").put("pattern", "^(/|$)");
    p.put("metrics", metrics);
    return p;
  }

  /**
   * Fills {@code node} as an object of exactly {@code keys}; optional keys may be null, which
   * the loader reads as absent.
   */
  private static void object(ObjectNode node, List<String> keys, Map<String, ObjectNode> known,
      List<String> required) {
    node.put("type", "object");
    ObjectNode props = node.putObject("properties");
    for (String key : keys) {
      ObjectNode def = known.getOrDefault(key, F.objectNode().put("description",
          "Accepted by the loader; see the documentation."));
      props.set(key, required.contains(key) ? def : anyOf(def, F.objectNode().put("type", "null")));
    }
    ArrayNode req = node.putArray("required");
    required.forEach(req::add);
    node.put("additionalProperties", false);
  }

  private static ObjectNode env() {
    ObjectNode env = F.objectNode().put("type", "object");
    env.putObject("propertyNames").put("pattern", "^" + EnvMapper.NAME + "$");
    env.set("additionalProperties", ref("scalar"));
    return env;
  }

  private static ObjectNode idOrNumber() {
    // an id written as a number (id: 1) reads as its digits, which are a valid id
    return anyOf(ref("id"), F.objectNode().put("type", "integer").put("minimum", 0));
  }

  private static ObjectNode severity() {
    return F.objectNode().set("enum", F.arrayNode().add("blocker").add("warning"));
  }

  private static ObjectNode tags() {
    return oneOrMany(F.objectNode().put("type", "string").put("pattern", "^[^\\s,]+$"));
  }

  private static ObjectNode needs() {
    return oneOrMany(idOrNumber());
  }

  private static ObjectNode oneOrMany(ObjectNode one) {
    ObjectNode many = F.objectNode().put("type", "array");
    many.set("items", one.deepCopy());
    return anyOf(one, many);
  }

  private static ObjectNode anyOf(ObjectNode... options) {
    ObjectNode n = F.objectNode();
    ArrayNode any = n.putArray("anyOf");
    for (ObjectNode o : options) {
      any.add(o);
    }
    return n;
  }

  private static ObjectNode ref(String def) {
    return F.objectNode().put("$ref", "#/$defs/" + def);
  }

  private static ObjectNode string(String description) {
    return F.objectNode().put("type", "string").put("description", description);
  }

  private static ObjectNode types(String... types) {
    ObjectNode n = F.objectNode();
    ArrayNode t = n.putArray("type");
    for (String s : types) {
      t.add(s);
    }
    return n;
  }
}
