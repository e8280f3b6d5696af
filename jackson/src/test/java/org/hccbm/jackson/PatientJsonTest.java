package org.hccbm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.hccbm.core.Observed;
import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.Fixtures;
import org.hccbm.testkit.Generators;
import org.hccbm.testkit.PropertyCheck;
import org.junit.jupiter.api.Test;

class PatientJsonTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new HccbmJacksonModule());

  static Patient roundTrip(ObjectMapper mapper, Patient p) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(p), Patient.class);
  }

  @Test
  void serviceLoader_findsTheModule() {
    assertThat(StreamSupport.stream(ServiceLoader.load(Module.class).spliterator(), false))
        .anyMatch(m -> m instanceof HccbmJacksonModule);
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("HccbmJacksonModule");
  }

  @Test
  void fixtures_roundTripExactly() throws Exception {
    for (Patient p : Fixtures.all()) {
      assertThat(roundTrip(MAPPER, p)).isEqualTo(p);
    }
  }

  @Test
  void generatedPatients_roundTripExactly() {
    PropertyCheck.forAll(
        7L,
        500,
        Generators::patient,
        p -> {
          try {
            return roundTrip(MAPPER, p).equals(p);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void unknownIsWrittenAsUnknown_andAbsentFieldsReadAsUnknown() throws Exception {
    Patient empty = Patient.builder("e").build();
    ObjectNode json = MAPPER.valueToTree(empty);
    assertThat(json.get("age").asText()).isEqualTo("unknown");
    assertThat(json.get("liver").get("ascites").asText()).isEqualTo("unknown");
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1.1");
    assertThat(json.get("antithromboticTherapy").asText()).isEqualTo("unknown");
    Patient minimal = MAPPER.readValue("{\"schemaVersion\":\"1.0\",\"id\":\"e\"}", Patient.class);
    assertThat(minimal).isEqualTo(empty);
  }

  @Test
  void notAssessable_roundTrips() throws Exception {
    String doc =
        "{\"schemaVersion\":\"1.0\",\"id\":\"n\",\"boneLesions\":[{\"id\":\"T12\","
            + "\"site\":{\"spinalLevel\":\"T12\"},\"alignment\":{\"notAssessable\":\"no upright film\"}}]}";
    Patient p = MAPPER.readValue(doc, Patient.class);
    assertThat(p.boneLesions().known().orElseThrow().get(0).alignment())
        .isEqualTo(Observed.notAssessable("no upright film"));
    assertThat(roundTrip(MAPPER, p)).isEqualTo(p);
  }

  private static void rejects(String doc, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(doc, Patient.class))
        .isInstanceOf(HccbmJsonException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void invalidValue_namesPathConstraintAndValue() {
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"labs\":{\"albumin\":{\"value\":-1,"
            + "\"unit\":\"g/dL\"}}}",
        "$.labs.albumin: albumin must be > 0 g/dL, was -1.0 g/dL");
  }

  @Test
  void unitThatDoesNotFit_isRejected() {
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"labs\":{\"totalBilirubin\":{\"value\":1,"
            + "\"unit\":\"g/L\"}}}",
        "$.labs.totalBilirubin: total bilirubin unit must be one of " + "umol/L, mg/dL, was g/L");
  }

  @Test
  void unknownField_isAnErrorByDefault_andIgnoredWhenRelaxed() throws Exception {
    String doc =
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"labs\":{\"albumn\":{\"value\":3,"
            + "\"unit\":\"g/dL\"}}}";
    rejects(doc, "$.labs.albumn: unknown field");
    ObjectMapper relaxed = new ObjectMapper().registerModule(new HccbmJacksonModule(false));
    assertThat(relaxed.readValue(doc, Patient.class).labs().values()).isEmpty();
  }

  @Test
  void aSiteNamingTwoKinds_isRejected_notReadAsTheFirst() {
    rejects(
        "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"boneLesions\":[{\"id\":\"a\",\"site\":"
            + "{\"spinalLevel\":\"T12\",\"otherBone\":\"rib\"}}]}",
        "$.boneLesions[0].site: must "
            + "name only one of a spinalLevel, a longBone with its region, or an otherBone, was "
            + "{\"spinalLevel\":\"T12\",\"otherBone\":\"rib\"}");
    rejects(
        "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"boneLesions\":[{\"id\":\"a\",\"site\":"
            + "{\"otherBone\":\"rib\",\"region\":\"distal\"}}]}",
        "$.boneLesions[0].site: must name " + "only one of");
  }

  @Test
  void badSpinalLevel_kps55_schemaVersion_areRejectedWithTheirPath() {
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"boneLesions\":[{\"id\":\"a\",\"site\":"
            + "{\"spinalLevel\":\"T13\"}}]}",
        "$.boneLesions[0].site.spinalLevel: spinal level must be");
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"performanceStatus\":{\"scale\":"
            + "\"karnofsky\",\"value\":55}}",
        "$.performanceStatus.value: Karnofsky performance status "
            + "must be 0..100 in steps of 10, was 55");
    rejects(
        "{\"schemaVersion\":\"2.0\",\"id\":\"x\"}",
        "$.schemaVersion: must be \"1.0\" or \"1.1\", was \"2.0\"");
    rejects("{\"id\":\"x\"}", "$.schemaVersion: must be a string, was missing");
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"sex\":\"m\"}",
        "$.sex: must be one of [female, male], was \"m\"");
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"age\":{\"value\":62,\"unit\":\"y\"}}",
        "$.age.unit: must be a, was \"y\"");
  }

  @Test
  void blankNotAssessableReason_isRejectedWithItsPath() {
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"liver\":{\"ascites\":"
            + "{\"notAssessable\":\"\"}}}",
        "$.liver.ascites.notAssessable: not-assessable reason " + "must be non-blank, was \"\"");
  }

  @Test
  void spinalFindingOnALongBone_isRejectedWithTheLesionPath() {
    rejects(
        "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"boneLesions\":[{\"id\":\"f\",\"site\":"
            + "{\"longBone\":\"femur\",\"region\":\"diaphysis\"},\"collapse\":\"under_half\"}]}",
        "$.boneLesions[0]: vertebral collapse must be recorded only for a spinal lesion");
  }

  @Test
  void schema11_antithromboticsPainIntensityAndFemoralNeck_roundTrip() throws Exception {
    String doc =
        "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"antithromboticTherapy\":"
            + "{\"kind\":\"anticoagulant\",\"drugClasses\":[\"direct_oral_anticoagulant\"],"
            + "\"lastDose\":\"2026-11-29\"},\"boneLesions\":[{\"id\":\"hip\",\"site\":"
            + "{\"longBone\":\"femur\",\"region\":\"femoral_neck\"},\"painIntensity\":{\"nrs\":7}}]}";
    Patient p = MAPPER.readValue(doc, Patient.class);
    assertThat(p.antithromboticTherapy().known().orElseThrow().drugClasses())
        .containsExactly(org.hccbm.core.history.AntithromboticDrugClass.DIRECT_ORAL_ANTICOAGULANT);
    assertThat(p.antithromboticTherapy().known().orElseThrow().lastDose())
        .contains(java.time.LocalDate.of(2026, 11, 29));
    assertThat(
            p.boneLesions()
                .known()
                .orElseThrow()
                .get(0)
                .painIntensity()
                .known()
                .orElseThrow()
                .nrs())
        .isEqualTo(7);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(p), Patient.class)).isEqualTo(p);
    Patient none =
        MAPPER.readValue(
            "{\"schemaVersion\":\"1.0\",\"id\":\"n\","
                + "\"antithromboticTherapy\":{\"kind\":\"none\"}}",
            Patient.class);
    assertThat(none.antithromboticTherapy().known())
        .contains(org.hccbm.core.history.AntithromboticTherapy.none());
  }

  @Test
  void schema11_badNrsAndInconsistentAntithrombotic_areRejectedWithTheirPath() {
    rejects(
        "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"boneLesions\":[{\"id\":\"a\",\"site\":"
            + "{\"otherBone\":\"rib\"},\"painIntensity\":{\"nrs\":11}}]}",
        "$.boneLesions[0].painIntensity.nrs: pain intensity (NRS) must be 0..10, was 11");
    rejects(
        "{\"schemaVersion\":\"1.1\",\"id\":\"x\",\"antithromboticTherapy\":{\"kind\":"
            + "\"antiplatelet\",\"drugClasses\":[\"heparin\"]}}",
        "$.antithromboticTherapy: "
            + "antithrombotic kind must be anticoagulant when any drug class is an anticoagulant");
  }
}
