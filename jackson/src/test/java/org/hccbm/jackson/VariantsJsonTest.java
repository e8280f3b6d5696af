package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.hccbm.core.patient.Patient;
import org.hccbm.models.ModelVariant;
import org.hccbm.models.Models;
import org.hccbm.models.VariantSelection;
import org.hccbm.models.Variants;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.HccbmAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The "variants" object of the patient-assessment document (issue 10, point 5). */
class VariantsJsonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  static Stream<ModelVariant> everyVariant() {
    return Variants.all().stream();
  }

  private static String withVariants(Patient p, String variants) throws Exception {
    ObjectNode doc = MAPPER.valueToTree(p);
    doc.set("variants", MAPPER.readTree(variants));
    return MAPPER.writeValueAsString(doc);
  }

  /** Fixture H-1 plus a long-bone lesion, so that Mirels has a lesion to grade. */
  private static Patient h1() {
    return Fixtures.impendingFracture();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyVariant")
  void everyVariant_isReachableFromJson_andNamedInTheResult(ModelVariant v) throws Exception {
    String doc = withVariants(h1(), "{\"" + v.model() + "\": \"" + v.name() + "\"}");
    AssessmentRequest r = MAPPER.readValue(doc, AssessmentRequest.class);
    assertThat(r.variants().variant(v.model())).isEqualTo(v);
    List<Models.Evaluation> evaluations = r.evaluate();
    assertThat(evaluations.stream().filter(e -> e.model().id().equals(v.model())))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.model()).isEqualTo(v.info()));
    String written =
        MAPPER.writeValueAsString(
            evaluations.stream()
                .filter(e -> e.model().id().equals(v.model()))
                .findFirst()
                .orElseThrow());
    assertThat(MAPPER.readTree(written).get("model").get("variant").asText())
        .isEqualTo(v.info().variant());
  }

  @Test
  void request_roundTrips_withOnlyTheChosenVariantsWritten() throws Exception {
    AssessmentRequest chosen =
        new AssessmentRequest(
            Fixtures.h2(),
            VariantSelection.defaults()
                .with("child-pugh", "si-converted")
                .with("uka-eligibility", "vp0-2"));
    String json = MAPPER.writeValueAsString(chosen);
    assertThat(MAPPER.readTree(json).get("variants").size()).isEqualTo(2);
    assertThat(MAPPER.readValue(json, AssessmentRequest.class)).isEqualTo(chosen);
    AssessmentRequest none = new AssessmentRequest(Fixtures.h2(), VariantSelection.defaults());
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(none)).has("variants")).isFalse();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(none), AssessmentRequest.class))
        .isEqualTo(none);
  }

  @Test
  void absentVariants_areTheDefaults_andVersion10DocumentsStayValid() throws Exception {
    AssessmentRequest r =
        MAPPER.readValue("{\"schemaVersion\":\"1.0\",\"id\":\"e\"}", AssessmentRequest.class);
    assertThat(r.variants()).isEqualTo(VariantSelection.defaults());
    assertThat(
            MAPPER
                .readValue(
                    "{\"schemaVersion\":\"1.1\",\"id\":\"e\",\"variants\":null}",
                    AssessmentRequest.class)
                .variants())
        .isEqualTo(VariantSelection.defaults());
  }

  @ParameterizedTest(name = "{0} umol/L: {1} -> bilirubin {2}, class {3}")
  @CsvSource({
    "34.1, pugh-1973, 2, B",
    "34.1, si-converted, 1, A",
    "51.2, pugh-1973, 3, B",
    "51.2, si-converted, 2, B",
    "34.1, albumin-3.0, 2, B",
    "34.1, albumin-3.0-si-converted, 1, A",
    "51.2, albumin-3.0-si-converted, 2, B"
  })
  void childPughSiVariants_throughJson(double umol, String variant, int points, String expected)
      throws Exception {
    // Bilirubin in the U-2 gap; albumin 40 g/L (1), INR 1.0 (1), mild ascites (2), no HE (1):
    // native SI table 2 (34.1) or 3 (51.2); converted to mg/dL 1 or 2.
    String doc =
        "{\"schemaVersion\":\"1.1\",\"id\":\"g\",\"labs\":{\"totalBilirubin\":{\"value\":"
            + umol
            + ",\"unit\":\"umol/L\"},\"albumin\":{\"value\":40,\"unit\":\"g/L\"},\"inr\":"
            + "{\"value\":1.0,\"unit\":\"{INR}\"}},\"liver\":{\"ascites\":\"mild\",\"encephalopathy\":0,"
            + "\"cholestaticDisease\":false},\"variants\":{\"child-pugh\":\""
            + variant
            + "\"}}";
    AssessmentRequest r = MAPPER.readValue(doc, AssessmentRequest.class);
    HccbmAssertions.assertThat(r.evaluate().get(0).result())
        .hasCategory(expected)
        .hasItem("bilirubin")
        .withPoints(points);
  }

  @Test
  void unknownModel_namesPathAllowedIdsAndValue() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\":\"1.1\",\"id\":\"x\","
                        + "\"variants\":{\"childpugh\":\"albumin-3.0\"}}",
                    AssessmentRequest.class))
        .isInstanceOfSatisfying(
            HccbmJsonException.class,
            e -> {
              assertThat(e.jsonPath()).isEqualTo("$.variants.childpugh");
              assertThat(e.problem())
                  .startsWith("model id must be one of child-pugh, albi, meld, ")
                  .endsWith("mirels, was \"childpugh\"");
            });
  }

  @Test
  void unknownVariant_namesPathAllowedNamesAndValue_evenWhenReadAsPatient() {
    String doc = "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"variants\":{\"albi\":\"0.0852\"}}";
    String expected =
        "$.variants.albi: variant of albi must be one of coefficient-0.085, "
            + "coefficient-0.0852, was \"0.0852\"";
    assertThatThrownBy(() -> MAPPER.readValue(doc, AssessmentRequest.class))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageStartingWith(expected);
    assertThatThrownBy(() -> MAPPER.readValue(doc, Patient.class))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  void variantsOfTheWrongShape_areRejectedWithTheirPath() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\":\"1.1\",\"id\":\"x\"," + "\"variants\":[\"albi\"]}",
                    AssessmentRequest.class))
        .hasMessageStartingWith(
            "$.variants: must be an object (model id to variant name), " + "was [\"albi\"]");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"schemaVersion\":\"1.1\",\"id\":\"x\"," + "\"variants\":{\"albi\":2}}",
                    AssessmentRequest.class))
        .hasMessageStartingWith("$.variants.albi: must be a string, was 2");
  }

  @Test
  void assessmentDocument_namesTheVariantEveryModelUsed() throws Exception {
    Patient p = Fixtures.h1();
    VariantSelection chosen = VariantSelection.defaults().with("tomita", "rapid-3");
    ObjectNode doc =
        AssessmentDocument.write(
            p,
            chosen,
            Models.evaluate(p, chosen),
            org.hccbm.models.treatment.TreatmentPlanner.DEFAULT.plan(p, Models.evaluate(p, chosen)),
            org.hccbm.imaging.ImagingSummary.of(
                List.of(),
                org.hccbm.core.evidence.Probability.of(0.1),
                org.hccbm.core.evidence.Probability.of(0.2)));
    assertThat(doc.get("variants").get("tomita").asText()).isEqualTo("rapid-3");
    assertThat(doc.get("variants").get("child-pugh").asText()).isEqualTo("pugh-1973");
    assertThat(doc.get("variants").get("meld").asText()).isEqualTo("standard");
    assertThat(doc.get("variants").size()).isEqualTo(Variants.models().size());
  }
}
