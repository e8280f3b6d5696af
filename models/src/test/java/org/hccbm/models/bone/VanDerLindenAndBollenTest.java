package org.hccbm.models.bone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hccbm.models.bone.BoneTestSupport.assertPoints;
import static org.hccbm.models.bone.BoneTestSupport.ecog;
import static org.hccbm.models.bone.BoneTestSupport.kps;

import org.hccbm.core.Observed;
import org.hccbm.core.result.Bounded;
import org.hccbm.core.result.Complete;
import org.hccbm.core.result.NotApplicable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** van der Linden V-1…V-4 (bone §6.1) and Bollen B-1, B-2 and every branch (§6.2). */
class VanDerLindenAndBollenTest {
  private static VanDerLindenInput vdl(int kps, VanDerLindenPrimary p, boolean visceral) {
    return new VanDerLindenInput(kps(kps), p, Observed.of(visceral));
  }

  @Test
  void v1_hcc_kps80_noVisceral_is3_A() {
    assertThat(
            assertPoints(
                    VanDerLinden.INSTANCE.evaluate(vdl(80, VanDerLindenPrimary.OTHER, false)),
                    3,
                    "kps",
                    2,
                    "primaryTumour",
                    0,
                    "visceralMetastases",
                    1)
                .category())
        .contains(VanDerLindenGroup.A);
  }

  @Test
  void v2_breast_kps90_noVisceral_is6_C() {
    assertThat(
            assertPoints(
                    VanDerLinden.INSTANCE.evaluate(vdl(90, VanDerLindenPrimary.BREAST, false)),
                    6,
                    "kps",
                    2,
                    "primaryTumour",
                    3,
                    "visceralMetastases",
                    1)
                .category())
        .contains(VanDerLindenGroup.C);
  }

  @Test
  void v3_prostate_kps70_noVisceral_is4_B() {
    assertThat(
            assertPoints(
                    VanDerLinden.INSTANCE.evaluate(vdl(70, VanDerLindenPrimary.PROSTATE, false)),
                    4,
                    "kps",
                    1,
                    "primaryTumour",
                    2,
                    "visceralMetastases",
                    1)
                .category())
        .contains(VanDerLindenGroup.B);
  }

  @Test
  void v4_lung_kps40_liverMetastases_is1_A() {
    assertThat(
            assertPoints(
                    VanDerLinden.INSTANCE.evaluate(vdl(40, VanDerLindenPrimary.LUNG, true)),
                    1,
                    "kps",
                    0,
                    "primaryTumour",
                    1,
                    "visceralMetastases",
                    0)
                .category())
        .contains(VanDerLindenGroup.A);
  }

  @ParameterizedTest(name = "KPS {0} -> {1}")
  @CsvSource({"20,0", "40,0", "50,1", "70,1", "80,2", "100,2"})
  void kpsBands_bothSides(int kps, int points) {
    assertPoints(
        VanDerLinden.INSTANCE.evaluate(vdl(kps, VanDerLindenPrimary.OTHER, false)),
        points + 1,
        "kps",
        points);
  }

  @ParameterizedTest(name = "total {0} -> {1}")
  @CsvSource({"3,A", "4,B", "5,B", "6,C"})
  void groups_bothSidesOfEachCut(int total, VanDerLindenGroup g) {
    assertThat(VanDerLindenGroup.forTotal(total)).isEqualTo(g);
  }

  @Test
  void kps10_scores0_withACaveat_kps0_isNotApplicable() {
    Complete c =
        assertPoints(
            VanDerLinden.INSTANCE.evaluate(vdl(10, VanDerLindenPrimary.BREAST, false)),
            4,
            "kps",
            0);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("KPS 10 is outside"));
    assertThat(VanDerLinden.INSTANCE.evaluate(vdl(0, VanDerLindenPrimary.OTHER, false)))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void ecog4_includesKps10_soTheCaveatAppears_ecog5IsNotApplicable() {
    Complete c =
        assertPoints(
            VanDerLinden.INSTANCE.evaluate(
                new VanDerLindenInput(ecog(4), VanDerLindenPrimary.OTHER, Observed.of(false))),
            1,
            "kps",
            0);
    assertThat(c.caveats()).anyMatch(cv -> cv.text().contains("KPS 10 is outside"));
    assertThat(
            VanDerLinden.INSTANCE.evaluate(
                new VanDerLindenInput(ecog(5), VanDerLindenPrimary.OTHER, Observed.of(false))))
        .isInstanceOf(NotApplicable.class);
  }

  @Test
  void hcc_isAlwaysGroupA_everyKpsAndVisceralStatus() {
    for (int k = 10; k <= 100; k += 10) {
      for (boolean v : new boolean[] {false, true}) {
        assertThat(
                VanDerLinden.INSTANCE
                    .evaluate(vdl(k, VanDerLindenPrimary.OTHER, v))
                    .asComplete()
                    .category())
            .contains(VanDerLindenGroup.A);
      }
    }
  }

  @Test
  void ecog1_isBothKpsBands_boundedButStillGroupAForHcc() {
    Bounded b =
        VanDerLinden.INSTANCE
            .evaluate(new VanDerLindenInput(ecog(1), VanDerLindenPrimary.OTHER, Observed.of(false)))
            .asBounded();
    assertThat(b.totalRange().reachable()).containsExactly(2.0, 3.0);
    assertThat(b.determinedCategory()).contains(VanDerLindenGroup.A);
  }

  // --- Bollen

  private static BollenCategory bollen(ClinicalProfile p, int kps, boolean visceral) {
    return (BollenCategory)
        Bollen.INSTANCE
            .evaluate(new BollenInput(Observed.of(p), kps(kps), Observed.of(visceral)))
            .asComplete()
            .category()
            .orElseThrow();
  }

  @Test
  void b1_favourable_kps90_noVisceral_isA() {
    assertThat(bollen(ClinicalProfile.FAVOURABLE, 90, false)).isEqualTo(BollenCategory.A);
  }

  @Test
  void b2_unfavourable_kps50_isD() {
    assertThat(bollen(ClinicalProfile.UNFAVOURABLE, 50, false)).isEqualTo(BollenCategory.D);
  }

  @ParameterizedTest(name = "{0} KPS {1} visceral {2} -> {3}")
  @CsvSource({
    "FAVOURABLE, 80, false, A", "FAVOURABLE, 80, true, B", "FAVOURABLE, 70, false, C",
    "FAVOURABLE, 70, true, C", "MODERATE, 80, false, B", "MODERATE, 80, true, B",
    "MODERATE, 70, false, C", "UNFAVOURABLE, 100, true, C", "UNFAVOURABLE, 10, false, D"
  })
  void everyBranchOfTheReconstructedFlowchart(
      ClinicalProfile p, int kps, boolean visceral, BollenCategory expected) {
    assertThat(bollen(p, kps, visceral)).isEqualTo(expected);
  }

  @Test
  void bollen_isDraft_andWithoutAProfileIsBoundedOverAll() {
    assertThat(Bollen.INSTANCE.info().status())
        .isEqualTo(org.hccbm.core.evidence.ModelStatus.DRAFT);
    Bounded b =
        Bollen.INSTANCE
            .evaluate(new BollenInput(Observed.unknown(), kps(90), Observed.of(false)))
            .asBounded();
    assertThat(b.reachableCategories())
        .containsExactly(BollenCategory.A, BollenCategory.B, BollenCategory.C);
    assertThat(b.decidingItems()).containsExactly("Clinical profile");
  }
}
