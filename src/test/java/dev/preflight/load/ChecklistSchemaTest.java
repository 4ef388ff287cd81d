package dev.preflight.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.preflight.author.ChecklistText;
import dev.preflight.author.MarkdownImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema {@code preflight schema} prints agrees with the loader: it describes every key the
 * loader accepts, accepts every checklist the loader accepts (shipped, fixtures, docs, imports)
 * and rejects every invalid fixture whose mistake a schema can express.
 */
class ChecklistSchemaTest {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema SCHEMA = FACTORY.getSchema(ChecklistSchema.json());
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Invalid fixtures whose mistakes only the loader can see: YAML that is not a document tree,
   * and rules across values (ids that needs names, cycles, variables, condition subjects).
   */
  private static final Map<String, String> LOADER_ONLY = Map.ofEntries(
      Map.entry("malformed.yaml", "not YAML"),
      Map.entry("unclosed-flow.yaml", "not YAML"),
      Map.entry("tabs.yaml", "not YAML"),
      Map.entry("duplicate-key.yaml", "a JSON tree keeps one of the keys"),
      Map.entry("empty.yaml", "no document"),
      Map.entry("cycles.yaml", "needs form a cycle"),
      Map.entry("needs.yaml", "needs names ids that do not exist"),
      Map.entry("metric-without-parse.yaml", "a metric needs a parser"),
      Map.entry("unknown-metrics.yaml", "a condition names a metric its parser never yields"));

  private static Set<ValidationMessage> errors(JsonNode doc) {
    return SCHEMA.validate(doc);
  }

  /** The document as an editor sees it: anchors and aliases resolved (Jackson keeps aliases). */
  private static JsonNode yaml(Path file) throws IOException {
    String text = Files.readString(file);
    if (!text.contains("*")) {
      return YAML.readTree(text);
    }
    try {
      Object tree = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
          new org.yaml.snakeyaml.LoaderOptions())).load(text);
      return new ObjectMapper().valueToTree(tree);
    } catch (org.yaml.snakeyaml.error.YAMLException tooMany) { // an alias bomb, say
      return YAML.readTree(text);
    }
  }

  @Test
  void isAValidDraft202012Schema() throws IOException {
    JsonSchema meta = FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(new ObjectMapper().readTree(ChecklistSchema.json()))).isEmpty();
  }

  @Test
  void describesEveryKeyTheLoaderAccepts() {
    assertThat(ChecklistSchema.undescribed()).as("keys the loader accepts without a schema"
        + " description: add them to ChecklistSchema").isEmpty();
    JsonNode schema = ChecklistSchema.schema();
    assertThat(names(schema.path("properties"))).containsExactlyElementsOf(ChecklistMapper.KEYS);
    assertThat(names(schema.at("/$defs/item/properties")))
        .containsExactlyElementsOf(ItemMapper.KEYS);
    assertThat(names(schema.at("/$defs/section/properties")))
        .containsExactlyElementsOf(SectionMapper.KEYS);
    assertThat(schema.at("/$defs/item/oneOf")).hasSize(Kinds.all().size());
  }

  @Test
  void acceptsEveryChecklistTheLoaderAccepts() throws IOException {
    List<Path> valid = new ArrayList<>();
    try (Stream<Path> shipped = Files.list(Path.of("checklists"))) {
      shipped.filter(p -> p.toString().endsWith(".yaml")).forEach(valid::add);
    }
    for (String name : List.of("pass.yaml", "fail.yaml", "pending.yaml")) {
      valid.add(Path.of("src/test/resources/e2e", name));
    }
    valid.add(Path.of("src/test/resources/shards/gate.yaml"));
    for (Path file : valid) {
      LoadResult loaded = new ChecklistLoader().load(file, file.toString(), Map.of());
      assertThat(loaded.diagnostics()).as(file.toString()).isEmpty();
      assertThat(errors(yaml(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void acceptsEveryExampleInTheDocs() throws IOException {
    Pattern block = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    int examples = 0;
    for (Path doc : docs) {
      Matcher m = block.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        if (m.group(1).startsWith("version:") || m.group(1).startsWith("# yaml-language")) {
          assertThat(errors(YAML.readTree(m.group(1)))).as(doc + "\n" + m.group(1)).isEmpty();
          examples++;
        }
      }
    }
    assertThat(examples).isGreaterThanOrEqualTo(3);
  }

  @Test
  void acceptsWhatImportWrites() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/import"))) {
      for (Path md : files.filter(p -> p.toString().endsWith(".md")
          && !p.getFileName().toString().equals("SOURCES.md")).toList()) {
        String yaml = ChecklistText.render(MarkdownImport.of(
            Files.readString(md, StandardCharsets.UTF_8), md.getFileName().toString(), "x"));
        assertThat(errors(YAML.readTree(yaml))).as(md.toString()).isEmpty();
      }
    }
  }

  @Test
  void rejectsEveryInvalidFixtureItCanExpress() throws IOException {
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/diagnostics"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        assertThat(new ChecklistLoader().load(file, name, Map.of()).ok()).as(name).isFalse();
        if (LOADER_ONLY.containsKey(name)) {
          continue;
        }
        assertThat(errors(yaml(file))).as(name + " is invalid, and the schema can say why")
            .isNotEmpty();
        checked.add(name);
      }
    }
    assertThat(checked).hasSizeGreaterThan(12);
  }

  @Test
  void theLoaderOnlyListIsHonest() throws IOException {
    List<String> rejected = new ArrayList<>();
    for (String name : LOADER_ONLY.keySet()) {
      Path file = Path.of("src/test/resources/diagnostics", name);
      JsonNode doc;
      try {
        doc = yaml(file);
      } catch (IOException | RuntimeException e) {
        continue; // not a YAML tree at all: nothing for a schema to judge
      }
      if (doc == null || doc.isMissingNode()) {
        continue;
      }
      if (!errors(doc).isEmpty()) {
        rejected.add(name);
      }
    }
    assertThat(rejected).as("rejected by the schema after all: move them out of LOADER_ONLY"
        + " so the test keeps checking them").isEmpty();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
