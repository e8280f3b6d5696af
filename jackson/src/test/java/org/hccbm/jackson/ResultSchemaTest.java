package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.hccbm.core.evidence.ModelStatus;
import org.hccbm.core.result.CaveatKind;
import org.hccbm.core.result.OpenStatus;
import org.hccbm.models.Models;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/** The result schema (issue 13 point 5): every result the library writes validates. */
class ResultSchemaTest {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JsonSchemas.modelResult(), InputFormat.JSON);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<Error> errors(String json) {
    return SCHEMA.validate(
        json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  private static JsonNode schemaTree() throws Exception {
    return MAPPER.readTree(JsonSchemas.modelResult());
  }

  private static List<String> enumOf(String def, String property) throws Exception {
    return StreamSupport.stream(
            schemaTree()
                .get("$defs")
                .get(def)
                .get("properties")
                .get(property)
                .get("enum")
                .spliterator(),
            false)
        .map(JsonNode::asText)
        .toList();
  }

  @Test
  void schema_isDraft2020_12_validAgainstTheMetaSchema_andDocsCopyIsIdentical() throws Exception {
    String text = JsonSchemas.modelResult();
    assertThat(text).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(text, InputFormat.JSON)).isEmpty();
    assertThat(Files.readString(Path.of("..", "docs", "result.schema.json"))).isEqualTo(text);
  }

  @Test
  void enumerations_matchTheLibrary() throws Exception {
    assertThat(enumOf("caveat", "kind"))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(CaveatKind.values()).map(Enum::name).toList());
    assertThat(enumOf("openItem", "openStatus"))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(OpenStatus.values()).map(Enum::name).toList());
    assertThat(enumOf("model", "status"))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ModelStatus.values()).map(Enum::name).toList());
  }

  @Test
  void goldenEvaluations_everyElementValidates() throws Exception {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/evaluations-h1.json")) {
      assertThat(in).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode all = MAPPER.readTree(golden);
    assertThat(all.size()).isEqualTo(Models.evaluate(Fixtures.h1()).size());
    for (JsonNode e : all) {
      assertThat(errors(e.toString())).as(e.toString()).isEmpty();
    }
  }

  @Test
  void generatedResults_1000Patients_allValidate() {
    Random random = new Random(5L);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < 1000; i++) {
      for (Models.Evaluation e : Models.evaluate(Generators.patient(random))) {
        String json = HccbmJson.writeResult(e.result());
        List<Error> errs = errors(json);
        if (!errs.isEmpty() && failures.size() < 5) {
          failures.add(errs + " in " + json);
        }
        checked++;
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void schemaRejects_wrongKind_missingStructuredField_andUnknownField() throws Exception {
    String json = HccbmJson.writeResult(Models.evaluate(Fixtures.incomplete()).get(0).result());
    assertThat(errors(json)).isEmpty();
    ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
    assertThat(errors(tree.deepCopy().put("kind", "done").toString())).isNotEmpty();
    assertThat(errors(tree.deepCopy().put("extra", 1).toString())).isNotEmpty();
    ObjectNode noSpec = tree.deepCopy();
    ((ObjectNode) noSpec.get("openItems").get(0)).remove("possibleSpec");
    assertThat(errors(noSpec.toString())).isNotEmpty();
    ObjectNode badStatus = tree.deepCopy();
    ((ObjectNode) badStatus.get("openItems").get(0)).put("openStatus", "MAYBE");
    assertThat(errors(badStatus.toString())).isNotEmpty();
  }
}
