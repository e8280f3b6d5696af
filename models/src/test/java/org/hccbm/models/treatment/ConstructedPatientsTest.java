package org.hccbm.models.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.treatment.PlannerSafetyTest.maybeVerdict;
import static org.hccbm.models.treatment.PlannerSafetyTest.plan;
import static org.hccbm.models.treatment.PlannerSafetyTest.texts;
import static org.hccbm.models.treatment.PlannerSafetyTest.verdict;

import java.util.List;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.models.SurvivalBand;
import org.hccbm.models.treatment.PlanItem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The twelve constructed patients of planner-safety §9 (P1 … P11 with P3b): each test asserts that
 * what the tumour board found wrong is gone.
 */
class ConstructedPatientsTest {
  @Test
  void p01_childPughC13_inr2point1_platelets42_noProcedureIsAnOption() {
    TreatmentPlan p = plan(ConstructedPatients.p1());
    for (Intervention i :
        List.of(
            Intervention.FIXATION_OR_ARTHROPLASTY,
            Intervention.MINIMALLY_INVASIVE_SURGERY,
            Intervention.OPEN_SURGERY,
            Intervention.VERTEBRAL_AUGMENTATION,
            Intervention.EMBOLISATION)) {
      assertThat(p.items())
          .filteredOn(x -> x.intervention().equals(java.util.Optional.of(i)))
          .as(i.toString())
          .isNotEmpty()
          .noneMatch(x -> x.kind() == Kind.OPTION)
          .allMatch(
              x ->
                  x.kind() == Kind.RULED_OUT
                      || x.text().contains("INR 2.1 > 1.5, platelets 42 < 50"));
    }
    assertThat(verdict(p, Intervention.FIXATION_OR_ARTHROPLASTY, "R femur").text())
        .contains("prohibitive peri-operative risk");
    assertThat(p.survival().bands()).doesNotContain(SurvivalBand.AT_LEAST_6_MONTHS);
    assertThat(texts(p))
        .noneMatch(t -> t.contains("step 2: weak opioid"))
        .anyMatch(t -> t.contains("overestimate GFR"));
  }

  @Test
  void p02_msccShortSurvival_noUkaNoLocoregional_noSurgeryContradiction() {
    TreatmentPlan p = plan(ConstructedPatients.p2());
    assertThat(p.byRule("R-UKA-01")).noneMatch(i -> i.kind() == Kind.OPTION);
    // BCLC D: not offered as an option; a caution worded as clinical judgement (PS-23 [M])
    assertThat(verdict(p, Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").kind())
        .isNotEqualTo(Kind.OPTION);
    assertThat(verdict(p, Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").text())
        .contains("clinical judgement");
    assertThat(texts(p)).noneMatch(t -> t.contains("separation surgery then stereotactic"));
    for (String level : List.of("T10", "T4")) {
      assertThat(p.items())
          .filteredOn(
              i ->
                  i.intervention().equals(java.util.Optional.of(Intervention.OPEN_SURGERY))
                      && i.subject().id().equals(level))
          .singleElement()
          .satisfies(
              i -> {
                // one verdict per level; two areas of compression put it outside Patchell (PS-6)
                assertThat(i.kind()).isNotEqualTo(Kind.OPTION);
                assertThat(i.text()).contains("the Patchell evidence does not apply");
              });
    }
  }

  @Test
  void p03_sins7_sbrtIsNotRuledOutBesideNomsSrs() {
    TreatmentPlan p = plan(ConstructedPatients.p3());
    assertThat(verdict(p, Intervention.SBRT, "L2").kind()).isNotEqualTo(Kind.RULED_OUT);
    assertThat(texts(p)).noneMatch(t -> t.contains("surgical indication (SINS ≥ 7"));
  }

  @Test
  void p03b_previouslyIrradiatedL4_sbrtNamesThePriorCourse() {
    TreatmentPlan p = plan(ConstructedPatients.p3b());
    assertThat(verdict(p, Intervention.SBRT, "L4").text()).contains("30 Gy/10 to L4");
    assertThat(p.items())
        .filteredOn(
            i ->
                i.subject().id().equals("L4")
                    && i.isVerdict()
                    && (i.intervention().orElseThrow() == Intervention.EBRT
                        || i.intervention().orElseThrow() == Intervention.SBRT
                        || i.intervention().orElseThrow() == Intervention.REIRRADIATION))
        .allMatch(i -> i.text().contains("30 Gy/10 to L4"));
  }

  @Test
  void p04_femoralNeck_peritrochantericScore_noSingle8GyForUncomplicated_hipWording() {
    TreatmentPlan p = plan(ConstructedPatients.p4(LongBoneRegion.FEMORAL_NECK));
    assertThat(texts(p)).noneMatch(t -> t.startsWith("Single 8 Gy is recommended"));
    assertThat(verdict(p, Intervention.FIXATION_OR_ARTHROPLASTY, "L femur").text())
        .contains("hip")
        .doesNotContain("decompression, stabilisation");
    assertThat(verdict(p, Intervention.FIXATION_OR_ARTHROPLASTY, "L femur").facts())
        .anySatisfy(f -> assertThat(f.text()).startsWith("11"));
  }

  @Test
  void p05_correctedCalcium14point08_hcmPathway_noSystemicTherapyInB9() {
    TreatmentPlan p = plan(ConstructedPatients.p5());
    assertThat(p.items(Domain.URGENT)).isNotEmpty();
    assertThat(p.items(Domain.URGENT).get(0).facts())
        .anySatisfy(f -> assertThat(f.text()).startsWith("14.08 mg/dL"));
    assertThat(verdict(p, Intervention.CALCIUM_AND_VITAMIN_D, "patient").kind())
        .isEqualTo(Kind.RULED_OUT);
    // B9: no longer an option; outside the evidence, as clinical judgement (PS-22 [M])
    assertThat(verdict(p, Intervention.SYSTEMIC_THERAPY, "patient").kind())
        .isNotEqualTo(Kind.OPTION);
    assertThat(verdict(p, Intervention.SYSTEMIC_THERAPY, "patient").text())
        .contains("Child–Pugh B9")
        .contains("clinical judgement");
  }

  @Test
  void p06_crcl24point6_denosumabWarned_noZoledronicAcidMonitoring() {
    TreatmentPlan p = plan(ConstructedPatients.p6());
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient").facts())
        .anySatisfy(f -> assertThat(f.text()).isEqualTo("24.6 mL/min"));
    assertThat(verdict(p, Intervention.DENOSUMAB, "patient").text())
        .contains("severe symptomatic hypocalcaemia");
    assertThat(texts(p))
        .noneMatch(t -> t.contains("(no renal dose adjustment)"))
        .noneMatch(t -> t.startsWith("Zoledronic acid: measure creatinine"));
  }

  @Test
  void p07_vp4_noTaceInvitation_noSbrtForPainlessT6_afpUsed() {
    TreatmentPlan p = plan(ConstructedPatients.p7());
    assertThat(verdict(p, Intervention.LOCOREGIONAL_LIVER_THERAPY, "patient").kind())
        .isNotEqualTo(Kind.OPTION);
    assertThat(maybeVerdict(p, Intervention.SBRT, "T6")).isEmpty();
    assertThat(texts(p)).anyMatch(t -> t.startsWith("AFP ≥ 400 ng/mL"));
  }

  @Test
  void p08_missingLabs_vertebroplastyNeedsInrAndPlatelets() {
    assertThat(verdict(plan(ConstructedPatients.p8()), Intervention.VERTEBRAL_AUGMENTATION, "T12"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.NEEDS_INFORMATION);
              assertThat(i.text()).contains("INR and platelet count");
            });
  }

  @Test
  void p09_l3AfterPriorRt_noPatchellNoSecond30Gy() {
    TreatmentPlan p = plan(ConstructedPatients.p9());
    // outside Patchell (cauda equina, prior RT): not a trial-based option, never ruled out (PS-6)
    assertThat(verdict(p, Intervention.OPEN_SURGERY, "L3").kind())
        .isNotEqualTo(Kind.RULED_OUT)
        .isNotEqualTo(Kind.OPTION);
    assertThat(verdict(p, Intervention.OPEN_SURGERY, "L3").text())
        .contains("the Patchell evidence does not apply");
    assertThat(p.items()).noneMatch(i -> i.text().contains("30 Gy in 10 fractions"));
    // nor a first-course schedule in any item about L3's re-irradiation (a caution included)
    String reirradiation = verdict(p, Intervention.REIRRADIATION, "L3").text();
    // the earlier 30 Gy/10 is shown as the prior course, never offered again
    assertThat(reirradiation.substring(0, reirradiation.indexOf(" — first:")))
        .doesNotContain("30 Gy/10")
        .contains("not a first course");
    assertThat(reirradiation).contains("previously irradiated (30 Gy/10 to L3");
    assertThat(verdict(p, Intervention.REIRRADIATION, "L3").text())
        .contains("cumulative dose to cord/cauda");
    // post-operative RT stands with the (judgement) operation, as a re-irradiation
    assertThat(p.byRule("R-RT-08")).isNotEmpty().allMatch(i -> i.text().contains("re-irradiation"));
  }

  @Test
  void p10_hypocalcaemia_noStartNowBesideCorrectFirst() {
    TreatmentPlan p = plan(ConstructedPatients.p10());
    assertThat(verdict(p, Intervention.ZOLEDRONIC_ACID, "patient").kind()).isEqualTo(Kind.CAUTION);
    assertThat(verdict(p, Intervention.DENOSUMAB, "patient").kind()).isEqualTo(Kind.CAUTION);
  }

  @Test
  void p11_frankelB_patchellAsksForTheParaplegiaDuration() {
    assertThat(verdict(plan(ConstructedPatients.p11()), Intervention.OPEN_SURGERY, "T8"))
        .satisfies(
            i -> {
              assertThat(i.kind()).isNotEqualTo(Kind.OPTION);
              assertThat(i.text()).contains("motor-complete paraplegia (Frankel B)");
            });
  }
}
