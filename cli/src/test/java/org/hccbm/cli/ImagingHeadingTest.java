package org.hccbm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.hccbm.core.patient.Patient;
import org.hccbm.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Planner-safety PS-31: the imaging block beside an assessment. */
class ImagingHeadingTest {
  @Test
  void ps31_imagingBlock_isStagingAccuracyForProvenBoneMetastasis_withThePretestNamed() {
    String proven = Assessor.text(new Assessor(true).assess(Fixtures.h1()));
    assertThat(proven)
        .contains("Staging accuracy only — this patient's bone metastasis is " + "recorded")
        .contains("incidence of bone metastasis in the review's HCC cohorts")
        .doesNotContain("18 patients with bone metastasis") // R19 is withheld (issue 14)
        .contains("a negative bone scan does not exclude bone metastasis");
    assertThat(proven.indexOf("Staging accuracy only")).isLessThan(proven.indexOf("Imaging:"));
    String unknown = Assessor.imagingHeading(Patient.builder("x").build());
    assertThat(unknown)
        .doesNotContain("Staging accuracy only")
        .contains("not a symptomatic patient's prior");
  }

  @Test
  void ps31_jsonImagingBlock_saysItIsStagingAccuracy_andWhetherItAppliesToThisPatient() {
    com.fasterxml.jackson.databind.node.ObjectNode proven =
        Assessor.json(new Assessor(true).assess(Fixtures.h1()));
    assertThat(proven.get("imaging").get("boneMetastasisRecorded").asBoolean()).isTrue();
    assertThat(proven.get("imaging").get("appliesToThisPatient").asBoolean()).isFalse();
    assertThat(proven.get("imaging").get("question").asText()).startsWith("staging accuracy");
    assertThat(proven.get("imaging").get("pretestBasis").asText())
        .contains("incidence of bone metastasis in the review's HCC cohorts");
    assertThat(proven.get("imaging").get("note").asText())
        .contains("a negative bone scan does not exclude bone metastasis");
    com.fasterxml.jackson.databind.node.ObjectNode none =
        Assessor.json(new Assessor(true).assess(Patient.builder("x").build()));
    assertThat(none.get("imaging").get("appliesToThisPatient").asBoolean()).isTrue();
  }
}
