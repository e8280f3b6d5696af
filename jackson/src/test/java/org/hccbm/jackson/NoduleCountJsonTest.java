package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.core.result.ModelResult;
import org.hccbm.models.liver.Bclc;
import org.hccbm.models.liver.BclcStage;
import org.hccbm.models.liver.CriteriaStatus;
import org.hccbm.models.liver.Milan;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.HccbmAssertions;
import org.hccbm.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

/** "primary.noduleCount": a count without sizes (issue 10, point 7). */
class NoduleCountJsonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  /**
   * Reads a document whose text after {@code "primary":} is given (the primary and any fields after
   * it).
   */
  private static Patient read(String primary) throws Exception {
    return MAPPER.readValue(
        "{\"schemaVersion\":\"1.1\",\"id\":\"n\",\"primary\":" + primary + "}", Patient.class);
  }

  @Test
  void countWithoutSizes_isRead_andDecidesMilanAtFour() throws Exception {
    Patient two = read("{\"noduleCount\": 2, \"nodules\": \"unknown\"}");
    assertThat(two.primary().noduleCount()).isEqualTo(Observed.of(2));
    assertThat(two.primary().intrahepatic().isKnown()).isFalse();
    Patient four =
        read(
            "{\"noduleCount\": 4, \"macrovascularInvasion\": false, \"ajccN\": "
                + "\"n0\"}, \"extraskeletalMetastases\": [], \"boneLesions\": []");
    HccbmAssertions.assertThat(Milan.INSTANCE.evaluate(four))
        .hasCategory(CriteriaStatus.BEYOND.code());
  }

  @Test
  void countIsWrittenOnlyWhenRecorded_andRoundTrips() throws Exception {
    Patient fixture = Fixtures.twoNodulesUnmeasured();
    ObjectNode json = MAPPER.valueToTree(fixture);
    assertThat(json.get("primary").get("noduleCount").asInt()).isEqualTo(2);
    assertThat(json.get("primary").get("nodules").asText()).isEqualTo("unknown");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(fixture), Patient.class))
        .isEqualTo(fixture);
    assertThat(MAPPER.valueToTree(Fixtures.h1()).get("primary").has("noduleCount")).isFalse();
    // Lung metastasis: stage C whatever the two nodules' sizes (every completion is C).
    ModelResult bclc = Bclc.INSTANCE.evaluate(fixture);
    assertThat(bclc.possibleCategories(BclcStage.class)).containsExactly(BclcStage.C);
  }

  @Test
  void generatedCountOnlyPatients_roundTripExactly() {
    PropertyCheck.forAll(
        11L,
        300,
        Generators::patientWithNoduleCountOnly,
        p -> {
          try {
            return PatientJsonTest.roundTrip(MAPPER, p).equals(p);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void badCounts_areRejectedWithTheirPath() {
    assertThatThrownBy(() -> read("{\"noduleCount\": 0}"))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageStartingWith(
            "$.primary.noduleCount: nodule count must be >= 1 (no viable "
                + "tumour is an empty nodule list), was 0");
    assertThatThrownBy(() -> read("{\"noduleCount\": 2.5}"))
        .hasMessageStartingWith("$.primary.noduleCount: must be a whole number, was 2.5");
    assertThatThrownBy(
            () ->
                read("{\"noduleCount\": 2, \"nodules\": [{\"value\": 3, \"unit\": " + "\"cm\"}]}"))
        .hasMessageStartingWith(
            "$.primary.noduleCount: nodule count must be the "
                + "number of nodules listed (1), was 2");
  }
}
