package org.hccbm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hccbm.core.result.Category;
import org.hccbm.models.bone.BollenCategory;
import org.hccbm.models.bone.HccSmGpaGroup;
import org.hccbm.models.bone.KatagiriGroup;
import org.hccbm.models.bone.Mirels;
import org.hccbm.models.bone.MirelsRecommendation;
import org.hccbm.models.bone.SinsCategory;
import org.hccbm.models.bone.TokuhashiBand;
import org.hccbm.models.bone.VanDerLindenGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13 point 3: categories state their own thresholds, so the planner reads no score number.
 * Each threshold is tested on both sides of its cut-point, through the model's own category of a
 * total.
 */
class CategoryThresholdsTest {
  /** Fisher 2010 (bone §4.2): SINS 7–18 warrants surgical consultation; 13–18 is unstable. */
  @ParameterizedTest(name = "SINS {0}: consultation {1}, unstable {2}")
  @CsvSource({
    "0, false, false",
    "6, false, false",
    "7, true, false",
    "12, true, false",
    "13, true, true",
    "18, true, true"
  })
  void sins_consultationFrom7_unstableFrom13(int total, boolean consultation, boolean unstable) {
    SinsCategory c = SinsCategory.forTotal(total);
    assertThat(c.warrantsSurgicalConsultation()).isEqualTo(consultation);
    assertThat(c.unstable()).isEqualTo(unstable);
  }

  /** Mirels 1989 (bone §5.2): ≥ 9 fixation, 8 judgement, ≤ 7 radiotherapy and observation. */
  @ParameterizedTest(name = "Mirels {0}: fixation {1}, judgement {2}, surgeon asked {3}")
  @CsvSource({
    "4, false, false, false",
    "7, false, false, false",
    "8, false, true, true",
    "9, true, false, true",
    "12, true, false, true"
  })
  void mirels_fixationFrom9_judgementAt8(
      int total, boolean fixation, boolean judgement, boolean surgeon) {
    MirelsRecommendation r = Mirels.INSTANCE.recommendation(total);
    assertThat(r.fixationRecommended()).isEqualTo(fixation);
    assertThat(r.needsJudgement()).isEqualTo(judgement);
    assertThat(r.surgeonAsked()).isEqualTo(surgeon);
  }

  /** The survival bands each prognostic category's derivation-cohort figure supports. */
  @Test
  void prognosticCategories_carryTheirSurvivalBands() {
    Set<SurvivalBand> under6 =
        EnumSet.of(SurvivalBand.UNDER_3_MONTHS, SurvivalBand.THREE_TO_6_MONTHS);
    Set<SurvivalBand> six = EnumSet.of(SurvivalBand.AT_LEAST_6_MONTHS);
    Map<PrognosticCategory, Set<SurvivalBand>> expected =
        Map.ofEntries(
            Map.entry(HccSmGpaGroup.LOW, six),
            Map.entry(HccSmGpaGroup.INTERMEDIATE, EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS)),
            Map.entry(HccSmGpaGroup.HIGH, EnumSet.of(SurvivalBand.UNDER_3_MONTHS)),
            Map.entry(TokuhashiBand.SCORE_0_8, under6),
            Map.entry(TokuhashiBand.SCORE_9_11, six),
            Map.entry(TokuhashiBand.SCORE_12_15, six),
            Map.entry(KatagiriGroup.LOW, six),
            Map.entry(KatagiriGroup.INTERMEDIATE, six),
            Map.entry(KatagiriGroup.HIGH, under6),
            Map.entry(VanDerLindenGroup.A, under6),
            Map.entry(VanDerLindenGroup.B, six),
            Map.entry(VanDerLindenGroup.C, six),
            Map.entry(BollenCategory.A, six),
            Map.entry(BollenCategory.B, six),
            Map.entry(BollenCategory.C, EnumSet.of(SurvivalBand.THREE_TO_6_MONTHS)),
            Map.entry(BollenCategory.D, EnumSet.of(SurvivalBand.UNDER_3_MONTHS)));
    expected.forEach(
        (category, bands) ->
            assertThat(category.survivalBands()).as(category.label()).isEqualTo(bands));
    // every value of every prognostic enum is covered, and the sets cannot be changed
    for (Class<? extends Category> type :
        List.of(
            HccSmGpaGroup.class,
            TokuhashiBand.class,
            KatagiriGroup.class,
            VanDerLindenGroup.class,
            BollenCategory.class)) {
      assertThat(expected.keySet())
          .containsAll(List.of((PrognosticCategory[]) type.getEnumConstants()));
    }
    assertThat(HccSmGpaGroup.LOW.survivalBands()).isUnmodifiable();
  }

  @Test
  void subject_patientOrLesion_withItsWireForm() {
    assertThat(Subject.patient()).isEqualTo(Subject.patient());
    assertThat(Subject.patient().id()).isEqualTo("patient");
    assertThat(Subject.patient().isPatient()).isTrue();
    assertThat(Subject.lesion("T12").id()).isEqualTo("T12");
    assertThat(Subject.lesion("T12").isPatient()).isFalse();
    assertThat(Subject.lesion("T12"))
        .isEqualTo(Subject.lesion("T12"))
        .isNotEqualTo(Subject.lesion("L1"))
        .isNotEqualTo(Subject.patient());
    assertThat(Subject.lesion("T12")).hasToString("T12");
    assertThat(Subject.patient()).hasToString("patient");
    assertThat(Subject.of("patient")).isEqualTo(Subject.patient());
    assertThat(Subject.of("T12")).isEqualTo(Subject.lesion("T12"));
    // the wire-form constructor gives the same evaluation as the typed one
    var r =
        new org.hccbm.core.result.NotApplicable(
            org.hccbm.models.bone.Sins.INSTANCE.info(), "x", java.util.List.of());
    assertThat(new Models.Evaluation(r.model(), "T12", r))
        .isEqualTo(new Models.Evaluation(r.model(), Subject.lesion("T12"), r));
    assertThat(new Models.Evaluation(r.model(), "T12", r).subject()).isEqualTo("T12");
    assertThat(new Models.Evaluation(r.model(), "patient", r).about().isPatient()).isTrue();
  }
}
