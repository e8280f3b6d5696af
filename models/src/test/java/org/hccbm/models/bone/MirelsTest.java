package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;

import org.hccbm.core.lesion.BoneLesion;
import org.hccbm.core.lesion.DiameterFraction;
import org.hccbm.core.lesion.LesionMorphology;
import org.hccbm.core.lesion.LongBone;
import org.hccbm.core.lesion.LongBoneRegion;
import org.hccbm.core.lesion.LongBoneSite;
import org.hccbm.core.lesion.OtherBone;
import org.hccbm.core.lesion.PainSeverity;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.InputUsed;
import org.hccbm.core.result.NotApplicable;
import org.hccbm.core.result.Renderer;
import org.hccbm.core.result.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples M-1…M-5 (bone §5.4), cut-offs, the threshold parameter, all 81. */
class MirelsTest {
  private static BoneLesion lesion(
      LongBone bone,
      LongBoneRegion region,
      PainSeverity pain,
      LesionMorphology m,
      DiameterFraction size) {
    return BoneLesion.at("lesion", LongBoneSite.of(bone, region))
        .painSeverity(pain)
        .morphology(m)
        .diameterFraction(size)
        .build();
  }

  @Test
  void m1_public_lyticProximalFemoralDiaphysis_half_severePain_is10_fixation() {
    // errata: "severe pain at rest" is scored as functional pain (3), as the public example does.
    assertThat(
            assertPoints(
                    Mirels.INSTANCE.evaluate(
                        lesion(
                            LongBone.FEMUR,
                            LongBoneRegion.DIAPHYSIS,
                            PainSeverity.FUNCTIONAL,
                            LesionMorphology.LYTIC,
                            DiameterFraction.ofFraction(0.5))),
                    10,
                    "site",
                    2,
                    "pain",
                    3,
                    "lesion",
                    3,
                    "size",
                    2)
                .category())
        .contains(MirelsRecommendation.PROPHYLACTIC_FIXATION);
  }

  @Test
  void m2_public_intertrochanteric_painUnknown_isAtLeast10_neverThePainlessTotal9() {
    BoneLesion l =
        BoneLesion.at("m2", LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.PERITROCHANTERIC))
            .morphology(LesionMorphology.LYTIC)
            .diameterFraction(DiameterFraction.MORE_THAN_TWO_THIRDS)
            .build();
    Bounded b = Mirels.INSTANCE.evaluate(l).asBounded();
    assertThat(b.totalRange().min()).isEqualTo(10);
    assertThat(b.totalRange().reachable()).containsExactly(10.0, 11.0, 12.0);
    assertThat(b.determinedCategory()).contains(MirelsRecommendation.PROPHYLACTIC_FIXATION);
  }

  @Test
  void m3_humeralBlastic_small_mild_is4() {
    assertThat(
            assertPoints(
                    Mirels.INSTANCE.evaluate(
                        lesion(
                            LongBone.HUMERUS,
                            LongBoneRegion.DIAPHYSIS,
                            PainSeverity.MILD,
                            LesionMorphology.BLASTIC,
                            DiameterFraction.LESS_THAN_ONE_THIRD)),
                    4,
                    "site",
                    1,
                    "pain",
                    1,
                    "lesion",
                    1,
                    "size",
                    1)
                .category())
        .contains(MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION);
  }

  @Test
  void m4_hccHumeralLytic_moderate_is8_judgement() {
    assertThat(
            assertPoints(
                    Mirels.INSTANCE.evaluate(
                        lesion(
                            LongBone.HUMERUS,
                            LongBoneRegion.PROXIMAL,
                            PainSeverity.MODERATE,
                            LesionMorphology.LYTIC,
                            DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)),
                    8,
                    "site",
                    1,
                    "pain",
                    2,
                    "lesion",
                    3,
                    "size",
                    2)
                .category())
        .contains(MirelsRecommendation.CLINICAL_JUDGEMENT);
  }

  @Test
  void m5_hccPeritrochantericLytic_moderate_is10_fixation() {
    assertThat(
            assertPoints(
                    Mirels.INSTANCE.evaluate(
                        lesion(
                            LongBone.FEMUR,
                            LongBoneRegion.PERITROCHANTERIC,
                            PainSeverity.MODERATE,
                            LesionMorphology.LYTIC,
                            DiameterFraction.ONE_THIRD_TO_TWO_THIRDS)),
                    10,
                    "site",
                    3,
                    "pain",
                    2,
                    "lesion",
                    3,
                    "size",
                    2)
                .category())
        .contains(MirelsRecommendation.PROPHYLACTIC_FIXATION);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({
    "4,RADIOTHERAPY_AND_OBSERVATION",
    "7,RADIOTHERAPY_AND_OBSERVATION",
    "8,CLINICAL_JUDGEMENT",
    "9,PROPHYLACTIC_FIXATION",
    "12,PROPHYLACTIC_FIXATION"
  })
  void recommendation_bothSidesOfEachCut(int total, MirelsRecommendation r) {
    assertThat(Mirels.INSTANCE.recommendation(total)).isEqualTo(r);
  }

  @Test
  void issue10_point8_threshold8_hasNoJudgementBand_sevenIsRadiotherapyAndObservation() {
    Mirels m8 = Mirels.withFixationThreshold(8);
    assertThat(m8.recommendation(8)).isEqualTo(MirelsRecommendation.PROPHYLACTIC_FIXATION);
    assertThat(m8.recommendation(7)).isEqualTo(MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION);
    assertThat(m8.recommendation(6)).isEqualTo(MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION);
    assertThat(m8.info().revision()).isEqualTo(2);
    assertThat(Mirels.INSTANCE.info().revision()).isEqualTo(2);
    Complete c =
        m8.evaluate(
                lesion(
                    LongBone.HUMERUS,
                    LongBoneRegion.PROXIMAL,
                    PainSeverity.MODERATE,
                    LesionMorphology.LYTIC,
                    DiameterFraction.ONE_THIRD_TO_TWO_THIRDS))
            .asComplete();
    assertThat(c.category()).contains(MirelsRecommendation.PROPHYLACTIC_FIXATION);
    assertThat(c.caveats()).isNotEmpty();
    assertThat(Mirels.withFixationThreshold(9)).isSameAs(Mirels.INSTANCE);
    assertThat(c.caveats()).anySatisfy(cv -> assertThat(cv.text()).contains("≈ 15 %"));
  }

  @Test
  void nonLongBone_isNotApplicable() {
    assertThat(Mirels.INSTANCE.evaluate(BoneLesion.at("rib", OtherBone.RIB).build()))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void exhaustive_81Combinations_matchAnIndependentTable() {
    LongBoneSite[] sites = {
      LongBoneSite.of(LongBone.RADIUS, LongBoneRegion.DISTAL),
      LongBoneSite.of(LongBone.TIBIA, LongBoneRegion.DIAPHYSIS),
      LongBoneSite.of(LongBone.FEMUR, LongBoneRegion.PERITROCHANTERIC)
    };
    PainSeverity[] pain = PainSeverity.values();
    LesionMorphology[] morph = {
      LesionMorphology.BLASTIC, LesionMorphology.MIXED, LesionMorphology.LYTIC
    };
    DiameterFraction[] size = DiameterFraction.values();
    int count = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 3; c++) {
          for (int d = 0; d < 3; d++) {
            int expected = a + b + c + d + 4;
            Complete r =
                Mirels.INSTANCE
                    .evaluate(
                        BoneLesion.at("x", sites[a])
                            .painSeverity(pain[b])
                            .morphology(morph[c])
                            .diameterFraction(size[d])
                            .build())
                    .asComplete();
            assertThat(r.totalValue()).isEqualTo(expected);
            assertThat(r.category())
                .contains(
                    expected >= 9
                        ? MirelsRecommendation.PROPHYLACTIC_FIXATION
                        : expected == 8
                            ? MirelsRecommendation.CLINICAL_JUDGEMENT
                            : MirelsRecommendation.RADIOTHERAPY_AND_OBSERVATION);
            count++;
          }
        }
      }
    }
    assertThat(count).isEqualTo(81);
  }

  @Test
  void fixationThreshold_acceptsOnlyTheSourced8And9_refusesEitherSide() {
    assertThat(Mirels.withFixationThreshold(8).recommendation(8))
        .isEqualTo(MirelsRecommendation.PROPHYLACTIC_FIXATION);
    assertThat(Mirels.withFixationThreshold(9).recommendation(8))
        .isEqualTo(MirelsRecommendation.CLINICAL_JUDGEMENT);
    assertThatThrownBy(() -> Mirels.withFixationThreshold(7))
        .hasMessage("Mirels fixation threshold must be 8 or 9 (the sourced thresholds), was 7");
    assertThatThrownBy(() -> Mirels.withFixationThreshold(10))
        .hasMessage("Mirels fixation threshold must be 8 or 9 (the sourced thresholds), was 10");
  }

  @Test
  void siteInput_isCodedData_everySiteWordedAsItsLabel() {
    // Issue 13: the site as used is a coded value (LongBoneSite, <LongBone>.<LongBoneRegion>), not
    // its display label; the bundle words each of the 21 sites exactly as the site's label.
    int sites = 0;
    for (LongBone bone : LongBone.values()) {
      for (LongBoneRegion region : LongBoneRegion.values()) {
        if (region.femurOnly() && bone != LongBone.FEMUR) {
          continue;
        }
        LongBoneSite site = LongBoneSite.of(bone, region);
        InputUsed input = Mirels.siteItem(site).input();
        assertThat(input.asGiven())
            .isEqualTo(new Value.Coded("LongBoneSite", bone.name() + "." + region.name()))
            .isSameAs(Sites.value(site));
        assertThat(input.patientField()).isEqualTo("boneLesions[].site");
        assertThat(Renderer.english().value(input.asGiven())).isEqualTo(site.label());
        sites++;
      }
    }
    assertThat(sites).isEqualTo(21);
    Complete c =
        Mirels.INSTANCE
            .evaluate(
                lesion(
                    LongBone.FEMUR,
                    LongBoneRegion.PERITROCHANTERIC,
                    PainSeverity.MILD,
                    LesionMorphology.BLASTIC,
                    DiameterFraction.LESS_THAN_ONE_THIRD))
            .asComplete();
    assertThat(c.item("site").observed()).isEqualTo("femur, peritrochanteric");
  }

  @Test
  void appliesOnlyToLongBones() {
    assertThat(Mirels.INSTANCE.appliesTo(BoneLesion.at("rib", OtherBone.RIB).build())).isFalse();
    assertThat(
            Mirels.INSTANCE.appliesTo(
                lesion(
                    LongBone.FEMUR,
                    LongBoneRegion.PROXIMAL,
                    PainSeverity.MILD,
                    LesionMorphology.LYTIC,
                    DiameterFraction.LESS_THAN_ONE_THIRD)))
        .isTrue();
  }

  @Test
  void ps21_femoralNeckScoresPeritrochanteric3_withTheDefinitionQuoted() {
    // P4 (planner-safety §9): L femoral neck, lytic, moderate pain, > 2/3 → 3 + 2 + 3 + 3 = 11.
    Complete c =
        Mirels.INSTANCE
            .evaluate(
                lesion(
                    LongBone.FEMUR,
                    LongBoneRegion.FEMORAL_NECK,
                    PainSeverity.MODERATE,
                    LesionMorphology.LYTIC,
                    DiameterFraction.MORE_THAN_TWO_THIRDS))
            .asComplete();
    assertPoints(c, 11, "site", 3, "pain", 2, "lesion", 3, "size", 3);
    assertThat(c.caveats())
        .anySatisfy(
            k ->
                assertThat(k.text()).contains("femoral neck counted " + "as peritrochanteric (3)"));
  }

  @Test
  void ps21_femoralHeadAndProximalFemurScoreLowerLimb2_withACaveat() {
    Complete head =
        Mirels.INSTANCE
            .evaluate(
                lesion(
                    LongBone.FEMUR,
                    LongBoneRegion.FEMORAL_HEAD,
                    PainSeverity.MILD,
                    LesionMorphology.BLASTIC,
                    DiameterFraction.LESS_THAN_ONE_THIRD))
            .asComplete();
    assertPoints(head, 5, "site", 2, "pain", 1, "lesion", 1, "size", 1);
    assertThat(head.caveats()).anySatisfy(k -> assertThat(k.text()).contains("femoral head"));
    Complete proximal =
        Mirels.INSTANCE
            .evaluate(
                lesion(
                    LongBone.FEMUR,
                    LongBoneRegion.PROXIMAL,
                    PainSeverity.MILD,
                    LesionMorphology.BLASTIC,
                    DiameterFraction.LESS_THAN_ONE_THIRD))
            .asComplete();
    assertThat(proximal.caveats())
        .anySatisfy(
            k ->
                assertThat(k.text())
                    .contains("record it as " + "femoral neck or peritrochanteric"));
    Complete humerus =
        Mirels.INSTANCE
            .evaluate(
                lesion(
                    LongBone.HUMERUS,
                    LongBoneRegion.PROXIMAL,
                    PainSeverity.MILD,
                    LesionMorphology.BLASTIC,
                    DiameterFraction.LESS_THAN_ONE_THIRD))
            .asComplete();
    assertThat(humerus.caveats()).isEmpty();
  }
}
