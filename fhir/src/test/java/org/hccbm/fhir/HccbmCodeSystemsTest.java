package org.hccbm.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hccbm.core.evidence.ModelInfo;
import org.hccbm.models.Models;
import org.hccbm.models.treatment.Domain;
import org.hccbm.models.treatment.Intervention;
import org.hccbm.models.treatment.PlanItem;
import org.junit.jupiter.api.Test;

/**
 * The codes of docs/fhir.md §3.5 are a contract with every system that stored a written resource:
 * renaming an enum constant must not change a code silently.
 */
class HccbmCodeSystemsTest {
  @Test
  void urls_areStable() {
    assertThat(HccbmCodeSystems.MODEL).isEqualTo("https://hccbm.org/fhir/CodeSystem/model");
    assertThat(HccbmCodeSystems.ASSESSMENT_TYPE)
        .isEqualTo("https://hccbm.org/fhir/CodeSystem/assessment-type");
    assertThat(HccbmCodeSystems.CATEGORY).isEqualTo("https://hccbm.org/fhir/CodeSystem/category");
    assertThat(HccbmCodeSystems.PLAN_RULE).isEqualTo("https://hccbm.org/fhir/CodeSystem/plan-rule");
    assertThat(HccbmCodeSystems.PLAN_ITEM_KIND)
        .isEqualTo("https://hccbm.org/fhir/CodeSystem/plan-item-kind");
    assertThat(HccbmCodeSystems.PLAN_DOMAIN)
        .isEqualTo("https://hccbm.org/fhir/CodeSystem/plan-domain");
    assertThat(HccbmCodeSystems.INTERVENTION)
        .isEqualTo("https://hccbm.org/fhir/CodeSystem/intervention");
    assertThat(HccbmCodeSystems.LESION_EXTENSION)
        .isEqualTo("https://hccbm.org/fhir/StructureDefinition/lesion");
    assertThat(HccbmCodeSystems.PLAN_DOMAIN_EXTENSION)
        .isEqualTo("https://hccbm.org/fhir/StructureDefinition/plan-domain");
    assertThat(HccbmCodeSystems.DEPENDS_ON_EXTENSION)
        .isEqualTo("https://hccbm.org/fhir/StructureDefinition/depends-on");
  }

  @Test
  void planItemKindCodes_arePinned() {
    assertThat(Arrays.stream(PlanItem.Kind.values()).map(HccbmCodeSystems::code))
        .containsExactly(
            "option", "dose", "caution", "ruled-out", "team-member", "needs-information");
  }

  @Test
  void planDomainCodes_arePinned() {
    assertThat(Arrays.stream(Domain.values()).map(HccbmCodeSystems::code))
        .containsExactly(
            "urgent",
            "bone-targeting-agents",
            "radiotherapy",
            "surgery-and-intervention",
            "cord-compression",
            "primary-and-other-metastases",
            "symptoms",
            "team",
            "general");
  }

  @Test
  void interventionCodes_arePinned() {
    assertThat(Arrays.stream(Intervention.values()).map(HccbmCodeSystems::code))
        .containsExactly(
            "open-surgery",
            "minimally-invasive-surgery",
            "fixation-or-arthroplasty",
            "vertebral-augmentation",
            "embolisation",
            "sbrt",
            "ebrt",
            "reirradiation",
            "zoledronic-acid",
            "denosumab",
            "calcium-and-vitamin-d",
            "systemic-therapy",
            "locoregional-liver-therapy",
            "dexamethasone",
            "opioids");
  }

  @Test
  void everyCatalogueModel_hasAnAssessmentTypeWithDisplay() {
    for (ModelInfo m : Models.catalogue()) {
      String type =
          HccbmCodeSystems.assessmentType(m.id()).orElseThrow(() -> new AssertionError(m.id()));
      assertThat(HccbmCodeSystems.assessmentTypeDisplay(type)).as(type).isPresent();
    }
    assertThat(HccbmCodeSystems.assessmentType("child-pugh")).contains("liver-function");
    assertThat(HccbmCodeSystems.assessmentType("bclc-2022")).contains("liver-cancer-stage");
    assertThat(HccbmCodeSystems.assessmentType("milan")).contains("transplant-criteria");
    assertThat(HccbmCodeSystems.assessmentType("tokuhashi-revised")).contains("survival-prognosis");
    assertThat(HccbmCodeSystems.assessmentType("uka-eligibility"))
        .contains("treatment-eligibility");
    assertThat(HccbmCodeSystems.assessmentType("sins")).contains("spinal-instability");
    assertThat(HccbmCodeSystems.assessmentType("mirels")).contains("fracture-risk");
    assertThat(HccbmCodeSystems.assessmentType("no-such-model")).isEmpty();
    assertThat(HccbmCodeSystems.assessmentTypeDisplay("no-such-type")).isEmpty();
  }
}
