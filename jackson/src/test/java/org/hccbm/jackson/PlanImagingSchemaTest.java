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
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.hccbm.core.evidence.Probability;
import org.hccbm.core.lesion.Modality;
import org.hccbm.imaging.Basis;
import org.hccbm.imaging.MetricType;
import org.hccbm.imaging.Population;
import org.hccbm.imaging.PostTestCalculator;
import org.hccbm.imaging.TestAccuracy;
import org.hccbm.imaging.TestResult;
import org.hccbm.imaging.evidence.ImagingEvidence;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Intervention;
import org.hccbm.models.treatment.PlanItem;
import org.hccbm.models.treatment.TreatmentPlanner;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.junit.jupiter.api.Test;

/** The plan and imaging schemas (issue 13 point 5): every plan and post-test written validates. */
class PlanImagingSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema PLAN =
      REGISTRY.getSchema(JsonSchemas.treatmentPlan(), InputFormat.JSON);
  private static final Schema POST_TEST =
      REGISTRY.getSchema(JsonSchemas.imagingPostTest(), InputFormat.JSON);
  private static final Schema ACCURACY = accuracySchema();

  private static Schema accuracySchema() {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(JsonSchemas.imagingPostTest());
      tree.put("$id", "urn:hccbm:test:accuracy").put("$ref", "#/$defs/accuracy");
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(tree.toString(), InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(
        json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  private static String golden(String name) throws Exception {
    try (InputStream in = PlanImagingSchemaTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> enumAt(String schema, String... path) throws Exception {
    JsonNode n = MAPPER.readTree(schema);
    for (String p : path) {
      n = n.get(p);
    }
    return StreamSupport.stream(n.get("enum").spliterator(), false).map(JsonNode::asText).toList();
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type, Function<E, String> f) {
    return Arrays.stream(type.getEnumConstants()).map(f).toList();
  }

  @Test
  void schemas_areDraft2020_12_validAgainstTheMetaSchema_andDocsCopiesAreIdentical()
      throws Exception {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String[] s :
        new String[][] {
          {JsonSchemas.treatmentPlan(), "plan.schema.json"},
          {JsonSchemas.imagingPostTest(), "imaging.schema.json"}
        }) {
      assertThat(s[0]).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
      assertThat(meta.validate(s[0], InputFormat.JSON)).isEmpty();
      assertThat(Files.readString(Path.of("..", "docs", s[1]))).isEqualTo(s[0]);
    }
  }

  @Test
  void enumerations_matchTheLibrary() throws Exception {
    String plan = JsonSchemas.treatmentPlan();
    assertThat(enumAt(plan, "$defs", "item", "properties", "domain"))
        .containsExactlyElementsOf(names(Domain.class, Enum::name));
    assertThat(enumAt(plan, "$defs", "item", "properties", "kind"))
        .containsExactlyElementsOf(names(PlanItem.Kind.class, Enum::name));
    assertThat(enumAt(plan, "$defs", "intervention"))
        .containsExactlyElementsOf(names(Intervention.class, Enum::name));
    assertThat(enumAt(plan, "$defs", "survival", "properties", "bands", "items"))
        .containsExactlyElementsOf(names(SurvivalBand.class, SurvivalBand::toString));
    String img = JsonSchemas.imagingPostTest();
    assertThat(enumAt(img, "$defs", "accuracy", "properties", "modality"))
        .containsExactlyElementsOf(names(Modality.class, Modality::label));
    assertThat(enumAt(img, "$defs", "accuracy", "properties", "basis"))
        .containsExactlyElementsOf(names(Basis.class, e -> e.name().toLowerCase(Locale.ROOT)));
    assertThat(enumAt(img, "$defs", "accuracy", "properties", "population"))
        .containsExactlyElementsOf(names(Population.class, e -> e.name().toLowerCase(Locale.ROOT)));
    assertThat(enumAt(img, "$defs", "accuracy", "properties", "metricType"))
        .containsExactlyElementsOf(names(MetricType.class, Enum::name));
    assertThat(enumAt(img, "$defs", "postTest", "properties", "result"))
        .containsExactlyElementsOf(names(TestResult.class, e -> e.name().toLowerCase(Locale.ROOT)));
  }

  @Test
  void goldenPlan_andFixturesAnd600GeneratedPlans_validate() throws Exception {
    assertThat(errors(PLAN, golden("plan-h2.json"))).isEmpty();
    assertThat(errors(PLAN, HccbmJson.writePlan(TreatmentPlanner.DEFAULT.plan(Fixtures.h1()))))
        .isEmpty();
    Random random = new Random(7L);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String json = HccbmJson.writePlan(TreatmentPlanner.DEFAULT.plan(Generators.patient(random)));
      List<Error> errs = errors(PLAN, json);
      if (!errs.isEmpty() && failures.size() < 5) {
        failures.add(errs + " in " + json);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void goldenPostTest_everyCataloguePostTest_andEveryAccuracy_validate() throws Exception {
    assertThat(errors(POST_TEST, golden("posttest-wbmri.json"))).isEmpty();
    int checked = 0;
    for (TestAccuracy a : ImagingEvidence.all()) {
      assertThat(errors(ACCURACY, HccbmJson.writeImagingAccuracy(a))).isEmpty();
      if (a.metricType() != MetricType.SE_SP) {
        continue;
      }
      for (TestResult r : TestResult.values()) {
        for (double pre : new double[] {0.0, 0.02, 0.3, 0.9, 1.0}) {
          String json =
              HccbmJson.writeImagingPostTest(
                  PostTestCalculator.postTest(a, r, Probability.of(pre)));
          assertThat(errors(POST_TEST, json)).as(json).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void schemasReject_badEnum_missingField_unknownField_andMetricMismatch() throws Exception {
    ObjectNode plan = (ObjectNode) MAPPER.readTree(golden("plan-h2.json"));
    assertThat(errors(PLAN, plan.toString())).isEmpty();
    ObjectNode badDomain = plan.deepCopy();
    ((ObjectNode) badDomain.get("items").get(0)).put("domain", "BONES");
    assertThat(errors(PLAN, badDomain.toString())).isNotEmpty();
    ObjectNode noRule = plan.deepCopy();
    ((ObjectNode) noRule.get("items").get(0)).remove("rule");
    assertThat(errors(PLAN, noRule.toString())).isNotEmpty();
    assertThat(errors(PLAN, plan.deepCopy().put("extra", 1).toString())).isNotEmpty();
    ObjectNode noBands = plan.deepCopy();
    ((ObjectNode) noBands.get("survival")).putArray("bands");
    assertThat(errors(PLAN, noBands.toString())).isNotEmpty();

    ObjectNode post = (ObjectNode) MAPPER.readTree(golden("posttest-wbmri.json"));
    assertThat(errors(POST_TEST, post.toString())).isEmpty();
    assertThat(errors(POST_TEST, post.deepCopy().put("result", "maybe").toString())).isNotEmpty();
    assertThat(errors(POST_TEST, post.deepCopy().put("pretest", 1.5).toString())).isNotEmpty();
    ObjectNode seOnly = post.deepCopy();
    ((ObjectNode) seOnly.get("accuracy")).put("metricType", "SE_ONLY");
    assertThat(errors(POST_TEST, seOnly.toString())).isNotEmpty();
    ObjectNode noSource = post.deepCopy();
    ((ObjectNode) noSource.get("accuracy")).remove("source");
    assertThat(errors(POST_TEST, noSource.toString())).isNotEmpty();
    assertThat(errors(POST_TEST, post.deepCopy().put("likelihoodRatio", "Infinity").toString()))
        .isEmpty();
    assertThat(errors(POST_TEST, post.deepCopy().put("interval", "unknown").toString())).isEmpty();
    assertThat(errors(POST_TEST, post.deepCopy().put("interval", "none").toString())).isNotEmpty();
  }
}
